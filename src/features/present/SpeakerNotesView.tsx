import { sourceLabel } from "@/charts/shared/model-parts.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { present } from "@/i18n/messages/present.ts";
import type { SpeakerNotes } from "./speaker-notes.ts";

/** One slide's notes: takeaway, basis, disputed values, sources. In the notes panel, presenter view and print. */
export function SpeakerNotesView({
  notes,
  headingLevel: H = "h2",
}: {
  notes: SpeakerNotes;
  headingLevel?: "h2" | "h3";
}) {
  const t = useT(present);
  const lang = useLang();
  return (
    <div className="speaker-notes space-y-3">
      {notes.takeaway && (
        <section>
          <H className="font-semibold">{t("present.notes.takeaway")}</H>
          <p>{notes.takeaway}</p>
        </section>
      )}
      {notes.basis.length > 0 && (
        <section>
          <H className="font-semibold">{t("present.notes.basis")}</H>
          {notes.basis.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      )}
      <section>
        <H className="font-semibold">{t("present.notes.disputed")}</H>
        {notes.disputed.length === 0 ? (
          <p>{t("present.notes.noDisputed")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {notes.disputed.map((d) => (
              <li key={d.label}>
                <strong>{d.label}</strong>: {d.headline}; {t("present.notes.also", { values: d.others.join("; ") })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {notes.sources.length > 0 && (
        <section>
          <H className="font-semibold">{t("present.notes.sources")}</H>
          <p>
            {notes.sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 && "; "}
                <a href={s.url} className="underline underline-offset-2" target="_blank" rel="noopener noreferrer">
                  {sourceLabel(s, lang)}
                </a>
              </span>
            ))}
          </p>
        </section>
      )}
    </div>
  );
}
