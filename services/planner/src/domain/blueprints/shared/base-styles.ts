/** One stylesheet for every generated app: readable, responsive, with a dark palette switched by data-theme. */
export const BASE_STYLES = `:root {
  --bg: #f6f7fb; --surface: #ffffff; --text: #1d2433; --muted: #5b6478; --border: #d8dce6;
  --accent: #3056d3; --accent-text: #ffffff; --danger: #c62828; --ok: #2e7d32; --warn-bg: #fff4e5; --warn: #8a4b00;
  --bar: #3056d3; --focus: #ffbf47;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
}
[data-theme="dark"] {
  --bg: #11141b; --surface: #1b2130; --text: #e8ecf4; --muted: #a3adc2; --border: #343d52;
  --accent: #7c9cff; --accent-text: #0b1020; --danger: #ff8a80; --ok: #81c784; --warn-bg: #3a2a12; --warn: #ffcc80;
  --bar: #7c9cff;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--surface); padding: .5rem; z-index: 10; }
.app-header { padding: 1.5rem 1rem .5rem; max-width: 1000px; margin: 0 auto; }
.app-header h1 { margin: 0; font-size: clamp(1.6rem, 4vw, 2.2rem); }
.lede { margin: .25rem 0 0; color: var(--muted); }
main { max-width: 1000px; margin: 0 auto; padding: 0 1rem 3rem; display: grid; gap: 1rem; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 1rem 1.25rem; }
.card h2 { margin: 0 0 .75rem; font-size: 1.2rem; }
.grid { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); }
.field { display: flex; flex-direction: column; gap: .25rem; }
.field.wide { grid-column: 1 / -1; }
.field.check { flex-direction: row; align-items: center; gap: .5rem; }
label { font-weight: 600; font-size: .95rem; }
input, select, textarea, button { font: inherit; color: inherit; }
input, select, textarea { background: var(--bg); border: 1px solid var(--border); border-radius: 8px; padding: .5rem .6rem; min-height: 2.5rem; width: 100%; }
input[type="checkbox"], input[type="radio"] { width: 1.2rem; min-height: 1.2rem; accent-color: var(--accent); }
textarea { min-height: 6rem; resize: vertical; }
button, .button { background: var(--accent); color: var(--accent-text); border: 0; border-radius: 8px; padding: .5rem 1rem; min-height: 2.5rem; cursor: pointer; font-weight: 600; display: inline-flex; align-items: center; justify-content: center; gap: .35rem; }
button.secondary, .button.secondary { background: transparent; color: var(--text); border: 1px solid var(--border); }
button.danger { background: transparent; color: var(--danger); border: 1px solid var(--danger); }
button:disabled { opacity: .5; cursor: not-allowed; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.actions { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin-top: .75rem; }
.toolbar { display: flex; gap: .75rem; flex-wrap: wrap; align-items: flex-end; margin-bottom: .75rem; }
.toolbar .field { min-width: 160px; flex: 1; }
.table-wrap { overflow-x: auto; max-width: 100%; position: relative; }
main, section, .card, form { min-width: 0; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-size: .9rem; color: var(--muted); white-space: nowrap; }
td.long { max-width: 28ch; white-space: pre-wrap; }
td .row-actions { display: flex; gap: .35rem; }
td .row-actions button { padding: .25rem .6rem; min-height: 2rem; font-size: .85rem; }
tr.done td { text-decoration: line-through; color: var(--muted); }
tr.low td { background: var(--warn-bg); }
.empty { color: var(--muted); text-align: center; padding: 1rem; }
.error { color: var(--danger); font-weight: 600; }
.muted { color: var(--muted); }
.chip { display: inline-block; border: 1px solid var(--border); border-radius: 999px; padding: 0 .5rem; margin: 0 .25rem .25rem 0; font-size: .85rem; }
.stars { color: #f5a623; letter-spacing: 1px; white-space: nowrap; }
.warn { background: var(--warn-bg); color: var(--warn); border-radius: 8px; padding: .5rem .75rem; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: .75rem; margin: 0; }
.stats div { background: var(--bg); border-radius: 8px; padding: .5rem .75rem; }
.stats dt { color: var(--muted); font-size: .85rem; }
.stats dd { margin: 0; font-size: 1.3rem; font-weight: 700; }
.bars { display: grid; gap: .4rem; }
.bar-row { display: grid; grid-template-columns: minmax(70px, 140px) 1fr minmax(60px, auto); gap: .5rem; align-items: center; }
.bar-track { background: var(--bg); border-radius: 6px; height: 1.4rem; overflow: hidden; }
.bar-fill { background: var(--bar); height: 100%; width: 0; border-radius: 6px; transition: width .3s; }
.big { font-size: clamp(3rem, 14vw, 6rem); font-variant-numeric: tabular-nums; font-weight: 700; text-align: center; margin: .5rem 0; }
.center { text-align: center; }
.center .actions { justify-content: center; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul.plain { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
@media (max-width: 600px) { .app-header { padding-top: 1rem; } th, td { padding: .4rem .3rem; } }
`;
