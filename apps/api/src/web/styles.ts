// The page's own stylesheet, on top of the NL Design System components and the "voorbeeld"
// theme tokens: layout, the drop zone, requirement cards, status badges and the print view.
// Colours meet WCAG AA contrast (4.5:1 for text) and status is always written out, never shown by
// colour alone.

/** The source of /static/app.css. */
export const appCss = `
:root{--ethiek-ink:#1b1b1b;--ethiek-muted:#4a4a4a;--ethiek-line:#767676;--ethiek-focus:#1d4f91;--ethiek-red:#a3161a;--ethiek-amber:#7a4b00;--ethiek-green:#1e6b2f;--ethiek-blue:#1d4f91}
html{background:#fff}
body{margin:0;color:var(--ethiek-ink);font-family:"Noto Sans",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}
*:focus-visible{outline:3px solid var(--ethiek-focus);outline-offset:2px}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
[hidden]{display:none!important}
.utrecht-skip-link--visible-on-focus{position:absolute;left:-10000px;top:0}
.utrecht-skip-link--visible-on-focus:focus{left:1rem;top:1rem;z-index:10;background:#fff;padding:.5rem 1rem;outline:3px solid var(--ethiek-focus)}
.site-header{background:#0b3b6f;color:#fff;border-bottom:4px solid #f4b400}
.site-header__content{max-width:62rem;margin:0 auto;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:center}
.site-header a{color:#fff}
.site-header a:focus-visible{outline-color:#f4b400}
.site-name{margin:0;font-size:1.25rem;font-weight:700}
.site-name a{text-decoration:none}
.site-tagline{font-weight:400;font-size:1rem;margin-left:.5rem}
.site-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:0;padding:0}
@media (max-width:40rem){.site-header__content{gap:.5rem 1rem}.site-nav{flex:1 1 100%}.site-nav ul{gap:.25rem 1rem}.site-nav a{display:inline-block;padding:.25rem 0}.site-tools{margin-left:0}.site-tagline{display:block;margin:0}}
.site-nav a,.site-tools a{font-weight:600}
.site-tools{margin-left:auto;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.site-signout{display:flex;gap:.5rem;align-items:center;margin:0}
.site-main{display:block;max-width:62rem;margin:0 auto;padding:1rem 1rem 3rem}
.site-main:focus{outline:none}
.site-mode{background:#eef3f9;border-left:4px solid var(--ethiek-blue);padding:.5rem .75rem;margin:0 0 1rem}
.site-footer{border-top:1px solid var(--ethiek-line);max-width:62rem;margin:0 auto;padding:1rem;color:var(--ethiek-muted)}
.utrecht-form-field{margin-block:1rem}
.utrecht-form-field__label,.utrecht-form-field__input,.utrecht-form-field-description{margin:.25rem 0}
.utrecht-form-fieldset{border:0;padding:0;margin:1rem 0}
.utrecht-form-fieldset__legend{font-weight:700;padding:0;margin-bottom:.25rem}
.filter-option{display:flex;gap:.5rem;align-items:center}
.utrecht-form-fieldset .utrecht-form-field--radio{display:inline-grid;align-items:center;margin:.25rem 2rem .25rem 0}
.utrecht-form-field--radio .utrecht-form-field__label{margin:0}
.utrecht-form-label--radio,.utrecht-form-label--checkbox{white-space:nowrap;flex:0 0 auto}
.site-main h1,.site-main h2,.site-main h3{margin-block:1.5rem .5rem}
.site-main h1{margin-block-start:.5rem}
/* Long Dutch compounds ("Bestuursmodellen") fit a phone: headings hyphenate and may break. */
.site-main h1,.site-main h2{overflow-wrap:break-word;hyphens:auto}
@media (max-width:40rem){.site-main .utrecht-heading-1{font-size:1.75rem}}
.site-signout .utrecht-button{background:#fff;color:#0b3b6f;border:2px solid #fff;min-block-size:auto;padding:.25rem .75rem}
.utrecht-textbox,.utrecht-select{max-width:40rem;width:100%;box-sizing:border-box}
.dropzone{border:2px dashed var(--ethiek-line);border-radius:6px;padding:1rem;background:#fafafa}
.dropzone--active{border-color:var(--ethiek-blue);background:#eef3f9}
.file-input{font-size:1rem;max-width:100%}
.chosen-files__title{font-weight:600;margin:.5rem 0 0}
.know{border-top:1px solid var(--ethiek-line);border-bottom:1px solid var(--ethiek-line);margin:1.5rem 0;padding:.5rem 0}
.progress progress{width:100%;max-width:40rem;height:1.25rem}
.error-summary{margin:1rem 0;display:block}
.error-summary h2{margin:0 0 .25rem;overflow-wrap:normal;word-break:normal}
.error-summary ul{margin:.25rem 0 0;padding-left:1.25rem}
.lead{font-size:1.125rem}
.verdict{margin:1rem 0}
.counts{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:.5rem 0}
.counts .utrecht-data-list__item{border:1px solid var(--ethiek-line);border-radius:4px;padding:.25rem .75rem;display:flex;gap:.5rem;align-items:baseline}
.counts dt,.counts dd{margin:0}
.counts dd{font-weight:700;font-size:1.25rem}
.meta .utrecht-data-list__item{display:grid;grid-template-columns:12rem 1fr;gap:1rem;margin:.25rem 0}
.meta .utrecht-data-list__item-value{min-width:0;overflow-wrap:anywhere}
@media (max-width:40rem){.meta .utrecht-data-list__item{grid-template-columns:minmax(0,1fr);gap:0}}
.meta dt{font-weight:600}.meta dd{margin:0}
.meta ul{margin:0;padding-left:1.25rem}
.classification li{margin:.25rem 0}
.classification-rest{margin:.5rem 0}
.classification-rest summary{cursor:pointer;font-weight:600}
.action-list{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:.5rem 0}
.link-field .utrecht-textbox{max-width:40rem}
.report-filter{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start;border:1px solid var(--ethiek-line);border-radius:6px;padding:0 1rem;margin:1rem 0}
.report-filter fieldset{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.75rem 0}
.report-filter legend{width:100%}
.filter-buttons{flex-basis:100%;margin:0 0 .75rem}
.filter-count{font-weight:600}
.requirement-group{margin-top:1.5rem}
.counts-chart{margin:.5rem 0 1rem}.counts-chart svg{max-width:100%;height:auto}
.report-fold{margin:1.5rem 0;border:1px solid var(--ethiek-line);border-radius:4px;padding:.25rem 1rem}
.report-fold__summary{font-weight:600;cursor:pointer;padding:.5rem 0}
.group-note{font-style:italic}
.case-hits{list-style:none;padding:0}.case-hit{border-bottom:1px solid var(--ethiek-line);padding:.5rem 0}
.case-hit__meta,.case-step__by,.reflection__note{color:var(--ethiek-muted)}
.case-hit mark{background:#fff0b3;color:inherit}
.case-steps li{margin:.25rem 0}
.reflection{border-left:4px solid var(--ethiek-blue);padding:.25rem 1rem;margin:1rem 0;background:#f7f9fc}
.case-facts .utrecht-data-list__item{display:grid;grid-template-columns:12rem 1fr;gap:1rem;margin:.25rem 0}
.case-facts .utrecht-data-list__item-key{font-weight:bold}
.case-facts .utrecht-data-list__item-value{min-width:0;overflow-wrap:anywhere}
@media (max-width:40rem){.case-facts .utrecht-data-list__item{grid-template-columns:minmax(0,1fr);gap:0}}
.public-note{background:#eef3f9;border-left:4px solid var(--ethiek-blue);padding:.5rem .75rem}
.question{margin:1rem 0}
.evidence-more{margin:.25rem 0 .5rem}.evidence-more>summary{cursor:pointer}
.group-count{font-weight:400}
.requirement{border:1px solid var(--ethiek-line);border-left-width:6px;border-radius:4px;padding:.25rem 1rem .5rem;margin:.75rem 0;background:#fff}
.requirement--missing{border-left-color:var(--ethiek-red)}
.requirement--partial{border-left-color:#b36b00}
.requirement--satisfied{border-left-color:var(--ethiek-green)}
.requirement--waived,.requirement--not-applicable{border-left-color:var(--ethiek-muted)}
.requirement__title{margin:.5rem 0 .25rem}
.requirement__labels{margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.requirement__id{color:var(--ethiek-muted);font-size:.875rem}
.requirement__sub{font-size:1rem;margin:.75rem 0 .25rem}
.requirement__none{font-style:italic}
.badge{display:inline-block;border:1px solid currentColor;border-radius:999px;padding:0 .6rem;font-size:.875rem;font-weight:600;background:#fff}
.badge--missing,.badge--error,.badge--verdict-fail{color:var(--ethiek-red)}
.badge--partial,.badge--warning,.badge--verdict-pass-with-warnings{color:var(--ethiek-amber)}
.badge--satisfied,.badge--verdict-pass{color:var(--ethiek-green)}
.badge--info{color:var(--ethiek-blue)}
.badge--waived,.badge--not-applicable{color:var(--ethiek-muted)}
.evidence{margin:.5rem 0}
.evidence .utrecht-blockquote{margin:0;padding:.25rem .75rem;border-left:4px solid var(--ethiek-muted);background:#f5f5f5}
.evidence .utrecht-blockquote p{margin:.25rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
.evidence__where{color:var(--ethiek-muted);font-size:.9375rem;margin-top:.25rem}
.evidence__doc{font-weight:600}
.checks-table{width:100%;border-collapse:collapse}
.checks-table th,.checks-table td{text-align:left;padding:.5rem;border-bottom:1px solid var(--ethiek-line);vertical-align:top}
.pagination{display:flex;gap:1.5rem;margin:1rem 0}
.print-hint{background:#eef3f9;padding:.5rem .75rem}
.chart,.diagram{margin:1rem 0}
.chart__image svg,.diagram img{max-width:100%;height:auto;display:block}
.chart__caption,.diagram figcaption{color:var(--ethiek-muted);margin-top:.25rem}
.data-table{width:100%;border-collapse:collapse;margin:.5rem 0 1rem}
.data-table caption{text-align:left;font-weight:600;padding:.25rem 0}
.data-table th,.data-table td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--ethiek-line);vertical-align:top}
.note{color:var(--ethiek-muted)}
.plan-dimension{border-left:4px solid var(--ethiek-blue);padding:0 1rem;margin:1rem 0}
.plan-dimension[data-distance="0"]{border-left-color:var(--ethiek-green)}
.governance-model{border-top:1px solid var(--ethiek-line);margin-top:2rem}
details.model-text,details.mermaid-source,details.method{margin:.5rem 0}
details>summary{cursor:pointer;font-weight:600}
pre.code{background:#f5f5f5;border:1px solid var(--ethiek-line);padding:.75rem;overflow:auto;max-height:24rem;white-space:pre}
/* On a phone, long words and code scroll or wrap inside their box instead of widening the page. */
pre{max-width:100%;overflow-x:auto}
.utrecht-table__cell,.utrecht-table__header-cell{overflow-wrap:anywhere}
.route-steps{margin:.25rem 0 .5rem}
.overdue{display:block;border-left:4px solid var(--ethiek-red);background:#fdf0f0;padding:.25rem 1rem;margin:.5rem 0}
.data-table .badge{white-space:nowrap}
.chart-table caption{font-size:1rem}
.badge--step-overdue,.badge--step-rejected,.badge--route-rejected{color:var(--ethiek-red)}
.badge--step-active,.badge--route-in-progress,.badge--route-ready-to-complete{color:var(--ethiek-blue)}
.badge--step-done,.badge--route-completed{color:var(--ethiek-green)}
.badge--step-waiting,.badge--route-planned,.badge--route-withdrawn{color:var(--ethiek-muted)}
@media print{
  @page{margin:18mm 15mm}
  body{font-size:11pt}
  .site-header,.site-footer,.report-actions,.report-filter,.filter-count,.utrecht-skip-link,.site-mode,.print-hint{display:none!important}
  .site-main{max-width:none;padding:0}
  article[hidden],[data-group][hidden],details[data-fold][hidden]{display:block!important}
  details.report-fold::details-content{content-visibility:visible;display:block}
  .report-fold>summary{display:none}
  .requirement,.evidence,.verdict{break-inside:avoid}
  h2,h3,h4{break-after:avoid}
  .classification-rest>*{display:block}
  a{color:inherit}
}
.ethiek-annex{margin-top:1.5rem}
.ethiek-annex .utrecht-paragraph{margin-block:0 .75rem}
.ethiek-annex .clause{border-left:4px solid var(--ethiek-line);padding:.25rem 0 .25rem 1rem;margin:1rem 0 1.5rem}
.ethiek-annex .change{font-style:italic}
.ethiek-annex .note,.ethiek-annex .sources,.ethiek-annex .generated{font-size:.9rem;color:var(--ethiek-muted)}
.ethiek-annex .copy-status{margin-left:.75rem;color:var(--ethiek-green)}
@media print{.ethiek-annex .copy-row{display:none}}
`;
