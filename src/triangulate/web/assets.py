"""The stylesheets and the one script the pages load, all served by the app itself.

The report's own stylesheet and script (``report/html_assets``) give the pages the same
calm newsroom look and the same jump-and-light behaviour for marked spans; ``WEB_CSS`` adds
what only the web app has (the site bar, forms, lists, cards).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

WEB_CSS = """
/* triangulate web: additions to the report stylesheet. */
.site { background: var(--ink); color: #fff; }
.site .inner { max-width: 1180px; margin: 0 auto; padding: 8px 24px; display: flex;
  flex-wrap: wrap; gap: 8px 20px; align-items: center; }
.site a { color: #fff; text-decoration: none; font-size: 14px; }
.site a.brand { font-weight: 700; letter-spacing: .02em; margin-right: 8px; }
.site a:hover { text-decoration: underline; }
.site form { margin-left: auto; display: flex; gap: 6px; }
.site input[type=search] { width: 260px; max-width: 50vw; padding: 5px 8px; border-radius: 4px;
  border: 1px solid #8b949e; font: inherit; font-size: 14px; }
button, .button { font: inherit; font-size: 14px; padding: 6px 14px; border-radius: 4px;
  border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer;
  text-decoration: none; display: inline-block; }
.site button { padding: 4px 10px; background: #2d333b; border-color: #8b949e; }
.exports { margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 13.5px; }
.exports b { color: var(--muted); font-weight: 600; }
form.add { border: 1px solid var(--line); border-radius: 6px; padding: 14px 16px; margin: 0 0 18px;
  max-width: 820px; }
form.add h3 { margin-bottom: 8px; }
form.add label { display: block; font-size: 13.5px; color: var(--muted); margin: 8px 0 4px; }
form.add input[type=text], form.add input[type=url], form.add textarea {
  width: 100%; font: inherit; padding: 6px 8px; border: 1px solid var(--line); border-radius: 4px; }
form.add textarea { min-height: 160px; font-family: Georgia, "Times New Roman", serif; }
form.add .row { margin-top: 10px; }
.note { color: var(--muted); font-size: 13px; }
.pager { display: flex; gap: 14px; margin: 12px 0; font-size: 14px; }
.hits { list-style: none; padding: 0; margin: 0; }
.hits li { padding: 8px 0; border-bottom: 1px solid var(--line); }
.hits .kind { display: inline-block; min-width: 76px; font-size: 12px; color: var(--muted);
  text-transform: uppercase; letter-spacing: .04em; }
.hits .snip { display: block; font-family: Georgia, "Times New Roman", serif; font-size: 14.5px;
  margin-top: 2px; }
mark.match { background: var(--claim); }
.side { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; }
.card.this { border-color: var(--hl-line); box-shadow: inset 3px 0 var(--hl-line); }
.card .val { font-size: 18px; font-weight: 650; }
.card .ctx { font-family: Georgia, "Times New Roman", serif; font-size: 14.5px; margin: 8px 0 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; font-size: 14.5px;
  margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
progress { width: 100%; max-width: 520px; height: 16px; }
.error-box { border: 1px solid var(--conflict); background: var(--conflict-bg); border-radius: 6px;
  padding: 14px 16px; max-width: 820px; }
.error-box .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 12.5px; color: var(--muted); }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain li { padding: 3px 0; }
@media (max-width: 720px) {
  .site .inner { padding: 8px 14px; }
  .site form { margin-left: 0; width: 100%; }
  .site input[type=search] { flex: 1; max-width: none; }
}
"""


@cache
def report_asset(name: str) -> str:
    """A file of the HTML report's assets (``report.css``, ``report.js``)."""
    return resources.files("triangulate.report").joinpath("html_assets", name).read_text("utf-8")
