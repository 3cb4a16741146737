/** The short, dismissible notice naming each link parameter the page could not use. */
import { formatEcho } from "@/i18n/format.ts";
import type { IgnoredParam } from "@/state/url-codec.ts";
import { useViewStore } from "@/state/view-store.ts";
import { useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";
import type { TranslateWith } from "@/i18n/translate.ts";

export function Notices() {
  const t = useT(explore);
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className="mb-4 flex items-start justify-between gap-3 rounded-md border border-warn bg-warn-soft px-4 py-3 text-sm text-ink"
      data-testid="notice"
    >
      <div className="min-w-0 [overflow-wrap:anywhere]">
        <p className="font-medium">{t("explore.notice.title")}</p>
        <ul className="mt-1 list-disc pl-5">
          {notices.map((n) => (
            <li key={`${n.param}=${n.value}:${n.reason}`}>{noticeText(n, t)}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={dismiss}
        className="shrink-0 rounded-md border border-line bg-surface px-3 py-1 hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        {t("explore.notice.dismiss")}
      </button>
    </div>
  );
}

function noticeText(n: IgnoredParam, t: TranslateWith<typeof explore>): string {
  return t(`explore.notice.${n.reason}`, { param: formatEcho(n.param), value: formatEcho(n.value) });
}
