/**
 * On a prerendered explorer page the disclosure of a chart's full source list holds only a link to
 * the list's own page: the build moved the list there to keep the page within one round trip
 * (scripts/lib/explorer-prerender.ts). Once opened, it shows the list itself, fetched from that page
 * (`#kdem-sources`); if the fetch fails, the link stays, and it works.
 */
export function restoreSourceLists(scope: ParentNode, load: (href: string) => Promise<string> = fetchText): void {
  for (const details of scope.querySelectorAll<HTMLDetailsElement>('details[data-source-list^="/"]')) {
    const href = details.dataset.sourceList!;
    let asked = false;
    const restore = () => {
      if (asked || !details.open) return;
      asked = true;
      load(href).then(
        (html) => {
          const list = new DOMParser().parseFromString(html, "text/html").getElementById("kdem-sources");
          const own = details.querySelector("ul");
          if (!list?.children.length || !own) return;
          const hadFocus = own.contains(document.activeElement);
          own.replaceChildren(...[...list.children].map((item) => document.importNode(item, true)));
          delete details.dataset.sourceList;
          // A reader who had tabbed to the link stays in the list, not thrown back to the page's start.
          if (hadFocus) own.querySelector<HTMLElement>("a[href]")?.focus();
        },
        () => {
          asked = false;
        },
      );
    };
    details.addEventListener("toggle", restore);
    restore();
  }
}

async function fetchText(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
