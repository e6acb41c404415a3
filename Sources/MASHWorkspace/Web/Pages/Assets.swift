import Hummingbird

/// The workspace's stylesheet and script, served from memory (no network, no build step).
enum Assets {
    static func addRoutes(to router: Router<WorkspaceContext>) {
        router.get("assets/workspace.css") { _, _ in asset(css, type: "text/css; charset=utf-8") }
        router.get("assets/workspace.js") { _, _ in asset(javascript, type: "text/javascript; charset=utf-8") }
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=300"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Plain, legible, high contrast (every pairing at least WCAG AA), readable on a laptop, printable.
    static let css = """
    :root { --ink: #1b1f24; --muted: #505a66; --line: #d0d7de; --paper: #ffffff; --wash: #f4f6f8; --accent: #1d4f91;
      --red: #b3261e; --red-bg: #fde7e6; --amber: #7a4b00; --amber-bg: #fff1d6; --green: #1e6b34; --green-bg: #e3f4e7;
      --blue: #1d4f91; --blue-bg: #e3ecf8; --focus: #ffbf47; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--wash); }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--focus); color: var(--ink); padding: .5rem 1rem; z-index: 10; }
    .skip:focus { left: 1rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .bar { display: flex; align-items: center; gap: 2rem; padding: .6rem 1.5rem; background: #14263d; color: #fff; }
    .bar a { color: #fff; text-decoration: none; font-weight: 600; }
    .bar nav a[aria-current] { border-bottom: 3px solid var(--focus); }
    .brand { font-size: 1.1rem; }
    .who { margin-left: auto; display: flex; gap: .75rem; align-items: baseline; }
    .who .role { color: #c9d4e3; font-size: .9rem; }
    .who form { margin: 0; }
    button.link { background: none; border: 0; color: #fff; text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
    main { max-width: 1280px; margin: 0 auto; padding: 1.25rem 1.5rem; }
    .readmodel { margin: 0; padding: .35rem 1.5rem; font-size: .85rem; }
    .readmodel.current { background: var(--green-bg); color: var(--green); }
    .readmodel.behind { background: var(--amber-bg); color: var(--amber); }
    h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.25rem; margin: 0 0 .75rem; }
    h3 { font-size: 1.02rem; margin: 1.1rem 0 .4rem; }
    .lead { color: var(--muted); margin: 0 0 1rem; }
    .sub { display: block; color: var(--muted); font-size: .88rem; }
    .heading { margin-bottom: 1rem; }
    .case-id { font-weight: 400; color: var(--muted); font-size: 1.1rem; margin-left: .5rem; }
    .crumbs { margin: 0 0 .5rem; font-size: .9rem; }
    .tabs { display: flex; gap: .25rem; border-bottom: 2px solid var(--line); margin-bottom: 1rem; flex-wrap: wrap; }
    .tabs a { padding: .5rem .9rem; text-decoration: none; border-radius: 6px 6px 0 0; color: var(--ink); }
    .tabs a[aria-current] { background: var(--paper); border: 2px solid var(--line); border-bottom-color: var(--paper); margin-bottom: -2px; font-weight: 600; }
    .count { display: inline-block; min-width: 1.6em; text-align: center; background: var(--wash); border: 1px solid var(--line); border-radius: 1em; font-size: .8rem; padding: 0 .4em; color: var(--muted); font-weight: 600; }
    table { border-collapse: collapse; width: 100%; background: var(--paper); }
    th, td { text-align: left; vertical-align: top; padding: .55rem .65rem; border-bottom: 1px solid var(--line); }
    thead th { font-size: .85rem; color: var(--muted); background: var(--wash); }
    table.queue tbody tr:hover { background: #f8fafc; }
    table.queue td { padding: .45rem .65rem; }
    table.queue time, table.queue .status { white-space: nowrap; }
    .case-link { font-weight: 600; }
    .rag { display: inline-block; font-weight: 700; font-size: .82rem; padding: .1rem .55rem; border-radius: 4px; border: 1px solid; letter-spacing: .02em; }
    .rag-red { color: var(--red); background: var(--red-bg); }
    .rag-amber { color: var(--amber); background: var(--amber-bg); }
    .rag-green { color: var(--green); background: var(--green-bg); }
    .rag-blue { color: var(--blue); background: var(--blue-bg); }
    .status { font-weight: 600; }
    .status-awaiting-sign-off { color: var(--red); }
    .flag { display: inline-block; font-size: .78rem; font-weight: 700; padding: 0 .45rem; border-radius: 3px; margin-left: .25rem; }
    .flag.escalated { background: #5c1d78; color: #fff; }
    .flag.pending { background: var(--blue-bg); color: var(--blue); }
    .flag.hub-only { background: var(--ink); color: #fff; }
    .chip { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 .5rem; background: var(--paper); font-size: .85rem; }
    .badges { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin: .4rem 0; }
    time.countdown { font-variant-numeric: tabular-nums; font-weight: 600; }
    time.countdown.overdue { color: var(--red); }
    .due { font-size: .92rem; }
    .panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1.1rem 1.3rem; margin-bottom: 1.1rem; }
    .panel.proposal { border-left: 6px solid var(--red); }
    .panel.sign-off { border-left: 6px solid var(--accent); }
    .panel.decision { border-left: 6px solid var(--green); }
    .decision-line { font-size: 1.05rem; }
    .reasons li, .rationale li { margin: .15rem 0; }
    .rule { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .8rem; color: var(--muted); background: var(--wash); padding: 0 .3rem; border-radius: 3px; }
    .taskings > li { margin: .3rem 0; }
    .product { font-size: .9rem; color: var(--muted); }
    .items { list-style: none; padding: 0; }
    .item { border-left: 4px solid var(--line); padding: .2rem .8rem; margin: .5rem 0; }
    .item.hub-only { border-left-color: var(--ink); }
    .item p { margin: .1rem 0; }
    .match { font-size: .9rem; color: var(--muted); margin: .2rem 0; }
    dl.facts { display: grid; grid-template-columns: 11rem 1fr; gap: .3rem 1rem; margin: 0; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; }
    .account { white-space: pre-wrap; }
    .stack { display: flex; flex-direction: column; gap: .45rem; max-width: 46rem; }
    .row { display: flex; gap: 1rem; flex-wrap: wrap; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; }
    legend { font-weight: 600; padding: 0 .3rem; }
    label { font-weight: 600; }
    label.choice { display: block; font-weight: 400; padding: .15rem 0; }
    .hint { font-weight: 400; color: var(--muted); }
    input, select, textarea { font: inherit; padding: .45rem .55rem; border: 1px solid #8a949e; border-radius: 4px; background: #fff; color: var(--ink); }
    textarea { width: 100%; }
    button { font: inherit; padding: .5rem 1rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--paper); color: var(--accent); cursor: pointer; font-weight: 600; align-self: flex-start; }
    button.primary { background: var(--accent); color: #fff; }
    .notice { background: var(--green-bg); color: var(--green); border: 1px solid var(--green); padding: .6rem .9rem; border-radius: 6px; }
    .error { background: var(--red-bg); color: var(--red); border: 1px solid var(--red); padding: .6rem .9rem; border-radius: 6px; }
    .error p { margin: 0; }
    .ok { color: var(--green); font-weight: 600; }
    .empty { background: var(--paper); padding: 1rem; border: 1px dashed var(--line); }
    .login { max-width: 26rem; margin: 3rem auto; background: var(--paper); padding: 1.5rem 2rem; border: 1px solid var(--line); border-radius: 8px; }
    blockquote { margin: .5rem 0; padding: .4rem .9rem; border-left: 4px solid var(--accent); background: var(--wash); }
    .events li { margin: .4rem 0; }
    table.compact td, table.compact th { padding: .35rem .5rem; font-size: .9rem; }
    details summary { cursor: pointer; color: var(--accent); margin: .4rem 0; }
    @media print { .bar, .readmodel, form, .tabs { display: none; } body { background: #fff; } .panel { break-inside: avoid; } details { display: block; } }
    """

    /// Counts each deadline down every second; marks one that has passed.
    static let javascript = """
    (function () {
      function text(ms) {
        var minutes = Math.floor(Math.abs(ms) / 60000);
        var part = minutes >= 1440 ? Math.floor(minutes / 1440) + ' d ' + Math.floor((minutes % 1440) / 60) + ' h'
          : minutes >= 60 ? Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min'
          : minutes + ' min ' + Math.floor((Math.abs(ms) % 60000) / 1000) + ' s';
        return ms >= 0 ? part + ' left' : 'overdue by ' + part;
      }
      function tick() {
        var now = Date.now();
        document.querySelectorAll('time.countdown').forEach(function (element) {
          var ms = Date.parse(element.getAttribute('datetime')) - now;
          element.textContent = text(ms);
          element.classList.toggle('overdue', ms < 0);
        });
      }
      document.addEventListener('DOMContentLoaded', function () { tick(); setInterval(tick, 1000); });
    })();
    """
}
