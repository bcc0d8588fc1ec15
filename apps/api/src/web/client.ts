// The page's only script, served as /static/app.js. Everything works without it; it adds drag and
// drop and upload progress, instant filtering, copying the link and printing. It is one
// self-contained function (no imports, no outside variables) so that its source can be served as
// is, and it is type-checked with the rest of the app. All texts come from data attributes that
// the server rendered in the page's language.

/* eslint-disable */
export function enhance(): void {
  const doc = document;

  function reveal(root: ParentNode): void {
    root.querySelectorAll<HTMLElement>(".js-only").forEach((el) => {
      el.hidden = false;
    });
  }

  function formatSize(bytes: number): string {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  }

  function bindUpload(form: HTMLFormElement): void {
    const input = form.querySelector<HTMLInputElement>("input[type=file]");
    const zone = form.querySelector<HTMLElement>("[data-dropzone]");
    const list = form.querySelector<HTMLUListElement>("#gekozen");
    const progress = form.querySelector<HTMLElement>("#voortgang");
    const bar = form.querySelector<HTMLProgressElement>("#voortgang-balk");
    const status = form.querySelector<HTMLElement>("#voortgang-tekst");
    const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
    if (input === null || zone === null || list === null) return;
    reveal(form);

    const showFiles = () => {
      list.textContent = "";
      const files = input.files === null ? [] : Array.from(input.files);
      if (files.length === 0) {
        const li = doc.createElement("li");
        li.textContent = form.dataset.textNone ?? "";
        list.appendChild(li);
        return;
      }
      for (const file of files) {
        const li = doc.createElement("li");
        li.textContent = `${file.name} (${formatSize(file.size)})`;
        list.appendChild(li);
      }
    };
    showFiles();
    input.addEventListener("change", showFiles);

    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("dropzone--active");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("dropzone--active"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("dropzone--active");
      const dropped = event.dataTransfer?.files;
      if (!dropped || dropped.length === 0) return;
      // Dropping adds to the files already chosen.
      const all = new DataTransfer();
      if (input.files) for (const f of Array.from(input.files)) all.items.add(f);
      for (const f of Array.from(dropped)) all.items.add(f);
      input.files = all.files;
      showFiles();
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });

    /** The problems with the chosen files (type, size), in the page's language; empty when fine. */
    const fileProblems = (): string[] => {
      const allowed = (form.dataset.extensions ?? "").split(" ").filter(Boolean);
      const max = Number(form.dataset.maxBytes ?? "0");
      const problems: string[] = [];
      for (const file of input.files === null ? [] : Array.from(input.files)) {
        const ext = file.name.includes(".") ? (file.name.split(".").pop() ?? "").toLowerCase() : "";
        if (allowed.length > 0 && !allowed.includes(ext)) problems.push((form.dataset.textType ?? "").replace("{name}", file.name));
        else if (max > 0 && file.size > max) problems.push((form.dataset.textSize ?? "").replace("{name}", file.name).replace("{max}", formatSize(max)));
      }
      return problems;
    };
    /** Shows the problems above the form as the server's error summary does, and moves focus there. */
    const showProblems = (problems: readonly string[], focus: boolean) => {
      doc.getElementById("foutmeldingen")?.remove();
      input.removeAttribute("aria-invalid");
      if (problems.length === 0) return;
      const box = doc.createElement("div");
      box.className = "utrecht-alert utrecht-alert--error error-summary";
      box.id = "foutmeldingen";
      box.setAttribute("role", "alert");
      box.tabIndex = -1;
      box.setAttribute("aria-labelledby", "foutmeldingen-titel");
      const heading = doc.createElement("h2");
      heading.className = "utrecht-heading-2";
      heading.id = "foutmeldingen-titel";
      heading.textContent = form.dataset.textSummary ?? "";
      const ul = doc.createElement("ul");
      for (const problem of problems) {
        const li = doc.createElement("li");
        const a = doc.createElement("a");
        a.className = "utrecht-link";
        a.href = "#bestanden";
        a.textContent = problem;
        li.appendChild(a);
        ul.appendChild(li);
      }
      box.append(heading, ul);
      form.parentElement?.insertBefore(box, form);
      input.setAttribute("aria-invalid", "true");
      if (focus) box.focus();
    };
    input.addEventListener("change", () => showProblems(fileProblems(), false));

    form.addEventListener("submit", (event) => {
      const problems = fileProblems();
      if (problems.length > 0) {
        event.preventDefault();
        showProblems(problems, true);
        return;
      }
      if (typeof XMLHttpRequest === "undefined" || typeof FormData === "undefined") return;
      event.preventDefault();
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      if (progress && bar && status) {
        progress.hidden = false;
        bar.value = 0;
        status.textContent = `${form.dataset.textUploading ?? ""}: 0%`;
      }
      if (button) button.disabled = true;
      xhr.upload.addEventListener("progress", (e) => {
        if (!e.lengthComputable || !bar || !status) return;
        const pct = Math.round((e.loaded / e.total) * 100);
        bar.value = pct;
        status.textContent = `${form.dataset.textUploading ?? ""}: ${pct}%`;
      });
      xhr.upload.addEventListener("load", () => {
        if (!bar || !status) return;
        // The server now reads and checks; how long that takes is unknown, so the bar has no value.
        bar.removeAttribute("value");
        status.textContent = form.dataset.textChecking ?? "";
      });
      xhr.addEventListener("load", () => {
        if (xhr.status >= 200 && xhr.status < 300 && /\/toetsen\/[^/?#]+/.test(xhr.responseURL)) {
          window.location.assign(xhr.responseURL);
          return;
        }
        // A problem: show the page the server rendered (its error summary) in place.
        const page = new DOMParser().parseFromString(xhr.responseText, "text/html");
        const fresh = page.querySelector("main");
        const main = doc.querySelector("main");
        if (fresh && main) {
          main.innerHTML = fresh.innerHTML;
          const next = main.querySelector<HTMLFormElement>("form[data-upload]");
          if (next) bindUpload(next);
          const summary = main.querySelector<HTMLElement>("#foutmeldingen");
          if (summary) summary.focus();
        }
      });
      xhr.addEventListener("error", () => {
        if (button) button.disabled = false;
        if (progress && status) status.textContent = form.dataset.textNetwork ?? "";
      });
      xhr.send(new FormData(form));
    });
  }

  function bindFilter(form: HTMLFormElement): void {
    const count = doc.getElementById("filter-telling");
    const submit = form.querySelector<HTMLElement>("[data-filter-submit]");
    if (submit) submit.hidden = true;
    const apply = () => {
      const checked = (name: string) =>
        Array.from(form.querySelectorAll<HTMLInputElement>(`input[name=${name}]`))
          .filter((i) => i.checked)
          .map((i) => i.value);
      const statuses = checked("status");
      const severities = checked("severity");
      const items = Array.from(doc.querySelectorAll<HTMLElement>("article[data-status]"));
      let shown = 0;
      for (const item of items) {
        const visible = statuses.includes(item.dataset.status ?? "") && severities.includes(item.dataset.severity ?? "");
        item.hidden = !visible;
        if (visible) shown += 1;
      }
      doc.querySelectorAll<HTMLElement>("[data-group]").forEach((group) => {
        group.hidden = group.querySelector("article[data-status]:not([hidden])") === null;
      });
      // A narrowed filter that asks for what is met (or waived, or not applicable) unfolds it.
      const narrowed = statuses.length < form.querySelectorAll("input[name=status]").length;
      doc.querySelectorAll<HTMLDetailsElement>("details[data-fold]").forEach((fold) => {
        fold.hidden = fold.querySelector("article[data-status]:not([hidden])") === null;
        if (narrowed && statuses.includes(fold.dataset.fold ?? "")) fold.open = true;
      });
      if (count) {
        count.textContent =
          shown === 0
            ? (form.dataset.textNone ?? "")
            : (form.dataset.textShown ?? "").replace("{n}", String(shown)).replace("{total}", String(items.length));
      }
      // Keep the address in step, so a copied link shows the same selection.
      const params = new URLSearchParams(window.location.search);
      params.delete("status");
      params.delete("severity");
      const allStatuses = form.querySelectorAll("input[name=status]").length;
      const allSeverities = form.querySelectorAll("input[name=severity]").length;
      if (statuses.length < allStatuses) statuses.forEach((s) => params.append("status", s));
      if (severities.length < allSeverities) severities.forEach((s) => params.append("severity", s));
      const query = params.toString();
      window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    };
    form.addEventListener("change", apply);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      apply();
    });
  }

  function bindCopy(button: HTMLButtonElement): void {
    button.hidden = false;
    const status = doc.getElementById("kopieer-status");
    button.addEventListener("click", () => {
      const url = new URL(button.dataset.copy ?? "", window.location.href).href;
      const done = () => {
        if (status) status.textContent = button.dataset.textCopied ?? "";
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done, () => {
          const field = doc.getElementById("rapportlink") as HTMLInputElement | null;
          field?.select();
        });
      } else {
        const field = doc.getElementById("rapportlink") as HTMLInputElement | null;
        if (field) {
          field.select();
          doc.execCommand("copy");
          done();
        }
      }
    });
  }

  /** A model clause's copy button: its text goes to the clipboard, its status line says so. */
  function bindCopyText(button: HTMLButtonElement): void {
    button.hidden = false;
    const status = button.parentElement?.querySelector<HTMLElement>(".copy-status") ?? null;
    button.addEventListener("click", () => {
      const text = button.dataset.copyText ?? "";
      const done = () => {
        if (status) status.textContent = button.dataset.textCopied ?? "";
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, () => undefined);
      } else {
        const area = doc.createElement("textarea");
        area.value = text;
        doc.body.appendChild(area);
        area.select();
        doc.execCommand("copy");
        area.remove();
        done();
      }
    });
  }

  function bindPrint(link: HTMLAnchorElement): void {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      // Print everything, whatever the filter shows.
      const hiddenNow = Array.from(doc.querySelectorAll<HTMLElement>("article[data-status][hidden], [data-group][hidden], details[data-fold][hidden]"));
      const closed = Array.from(doc.querySelectorAll<HTMLDetailsElement>("details[data-fold]:not([open])"));
      hiddenNow.forEach((el) => (el.hidden = false));
      closed.forEach((el) => (el.open = true));
      window.print();
      hiddenNow.forEach((el) => (el.hidden = true));
      closed.forEach((el) => (el.open = false));
    });
  }

  const start = () => {
    // After a failed submission the server renders the error summary; move focus to it so that
    // screen readers announce it and keyboard users start there.
    doc.querySelector<HTMLElement>("#foutmeldingen")?.focus();
    doc.querySelectorAll<HTMLFormElement>("form[data-upload]").forEach(bindUpload);
    doc.querySelectorAll<HTMLFormElement>("form[data-filter]").forEach(bindFilter);
    doc.querySelectorAll<HTMLButtonElement>("button[data-copy]").forEach(bindCopy);
    doc.querySelectorAll<HTMLButtonElement>("button[data-copy-text]").forEach(bindCopyText);
    doc.querySelectorAll<HTMLAnchorElement>("a[data-print]").forEach(bindPrint);
  };
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
  else start();
}

/** The source of /static/app.js. */
export const clientScript = `"use strict";\n(${enhance.toString()})();\n`;
