// Self-contained styles for the report view outside the web page (which brings the NL Design
// System): contrast of at least 4.5:1, visible focus, statuses readable without colour.

/** Inline stylesheet for the markup of `renderReportHtml` inside an `.ethiek-report` element. */
export const reportCss = `
.ethiek-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;max-width:60rem;margin:1rem auto;padding:0 1rem}
.ethiek-report h1,.ethiek-report h2,.ethiek-report h3,.ethiek-report h4,.ethiek-report h5{line-height:1.25}
.ethiek-report .utrecht-alert{border:1px solid #8a8a8a;border-left-width:6px;padding:.5rem .75rem;margin:.75rem 0;background:#f7f7f7}
.ethiek-report .utrecht-alert--error{border-left-color:#a3161a}.ethiek-report .utrecht-alert--warning{border-left-color:#a15c00}.ethiek-report .utrecht-alert--ok{border-left-color:#1e6b2f}
.ethiek-report .utrecht-data-list{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
.ethiek-report .utrecht-data-list__item{display:contents}
.ethiek-report dt{font-weight:600}.ethiek-report dd{margin:0}
.ethiek-report .requirement{border:1px solid #8a8a8a;border-left-width:6px;padding:.25rem .75rem .5rem;margin:.75rem 0}
.ethiek-report .requirement--missing{border-left-color:#a3161a}.ethiek-report .requirement--partial{border-left-color:#a15c00}
.ethiek-report .requirement--satisfied{border-left-color:#1e6b2f}.ethiek-report .requirement--waived,.ethiek-report .requirement--not-applicable{border-left-color:#4a4a4a}
.ethiek-report .requirement__labels{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.ethiek-report .badge{border:1px solid #4a4a4a;border-radius:3px;padding:0 .35rem;font-size:.875rem}
.ethiek-report .requirement__id,.ethiek-report .group-count,.ethiek-report .evidence__where{color:#4a4a4a}
.ethiek-report blockquote{margin:.25rem 0;padding:.25rem .75rem;border-left:4px solid #4a4a4a;background:#f7f7f7}
.ethiek-report blockquote p{margin:0}
.ethiek-report figure{margin:.5rem 0}
.ethiek-report .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ethiek-report a{color:#1d4f91}
.ethiek-report .report-fold{margin:.75rem 0;border:1px solid #8a8a8a;padding:.25rem .75rem}
.ethiek-report .report-fold__summary{font-weight:600;cursor:pointer;padding:.25rem 0}
.ethiek-report .counts-chart{margin:.5rem 0 1rem}.ethiek-report .counts-chart svg{max-width:100%;height:auto}
.ethiek-report .group-note{font-style:italic}
.ethiek-report a:focus,.ethiek-report summary:focus{outline:3px solid #1d4f91;outline-offset:2px}
`;
