extension ReportTemplates {
    /// The partial `style`: the one stylesheet of every page, inlined (screen and A4 print).
    static let style = #"""
    :root{--ink:#1b1b1b;--muted:#4d4d4d;--line:#c8ccd2;--soft:#f2f4f7;--accent:#1d4f91;--link:#0b4a8f;--warn:#fff3d1;--warn-line:#8a5a00}
    *{box-sizing:border-box}
    html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;color:var(--ink);background:#fff;line-height:1.5;font-size:100%}
    body{margin:0}
    a{color:var(--link)}
    a:focus-visible,[tabindex]:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
    .skip{position:absolute;left:-10000px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
    .skip:focus{left:1rem;top:.5rem}
    .wrap{max-width:74rem;margin:0 auto;padding:0 1.5rem}
    header.site{border-top:6px solid var(--accent);border-bottom:1px solid var(--line);background:var(--soft)}
    header.site .org{margin:0;padding-top:.9rem;font-weight:600;letter-spacing:.01em}
    header.site .app{margin:0;color:var(--muted);font-size:.9rem}
    .notice{margin:.75rem 0;background:var(--warn);border-left:5px solid var(--warn-line);padding:.5rem .9rem}
    nav ol,nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
    nav.crumbs{padding:.6rem 0 .8rem;font-size:.95rem}
    nav.crumbs li+li::before{content:"›";margin-right:.6rem;color:var(--muted)}
    nav.pages{margin:.5rem 0 1.5rem;font-size:.95rem}
    nav.pages a[aria-current],nav.small a[aria-current]{font-weight:600;color:var(--ink);text-decoration:none}
    main{padding-bottom:2rem}
    h1{font-size:1.9rem;line-height:1.25;margin:1.5rem 0 .5rem}
    h1,h2,h3,caption{overflow-wrap:break-word;hyphens:auto}
    h2{font-size:1.4rem;margin:2.75rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
    h3{font-size:1.15rem;margin:2rem 0 .5rem}
    .lead{font-size:1.1rem;color:var(--muted);margin-top:0}
    .id{color:var(--muted);font-weight:400;font-size:.9em}
    .summary{max-width:46rem}
    dl.figures{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
    dl.figures div{border:1px solid var(--line);border-top:4px solid var(--accent);padding:.75rem 1.1rem;min-width:10.5rem;background:#fff}
    dl.figures dt{font-size:.85rem;color:var(--muted)}
    dl.figures dd{margin:.15rem 0 0;font-size:1.5rem;font-weight:700;line-height:1.3}
    dl.figures dd small{display:block;font-size:.85rem;font-weight:400;color:var(--muted)}
    .callout{border-left:5px solid var(--warn-line);background:var(--warn);padding:.6rem 1rem;max-width:52rem}
    .tag{display:inline-block;border:1px solid var(--warn-line);background:var(--warn);color:#5a3c00;font-size:.78rem;font-weight:600;padding:0 .35rem;border-radius:3px;white-space:nowrap;vertical-align:baseline}
    .crit{border-color:#8c1c13;background:#fde8e6;color:#7a1710}
    .status-complete{border-color:#7a808a;background:#fff;color:var(--ink)}
    .table-wrap{overflow-x:auto;margin:1rem 0;position:relative}
    table{border-collapse:collapse;width:100%;font-size:.95rem}
    caption{text-align:left;font-weight:600;padding:0 0 .5rem;caption-side:top}
    th,td{border-bottom:1px solid var(--line);padding:.45rem .6rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
    td.ev{overflow-wrap:anywhere}
    thead th{background:var(--soft);border-bottom:2px solid #7a808a;vertical-align:bottom;white-space:normal}
    tbody th{font-weight:600}
    tr.group th{background:#e6eaf0;font-size:.9rem;letter-spacing:.02em}
    tr.total th,tr.total td{border-top:2px solid #7a808a;font-weight:700}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}
    th.num{white-space:normal}
    .actions thead th:nth-child(2){width:22%}.actions thead th:nth-child(5){width:38%}.brief thead th:nth-child(2){width:55%}
    .vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
    .undef{color:var(--muted)}
    .sym{display:inline-block;min-width:1.1em;font-weight:700}
    .a-met,.a-partial,.a-not-met,.a-na,.a-unanswered{white-space:nowrap}
    .a-met .sym{color:#17642e}.a-partial .sym{color:#7a4f00}.a-not-met .sym{color:#a3161a}.a-na .sym,.a-unanswered .sym{color:#4d4d4d}
    .heat thead th{font-size:.85rem;white-space:nowrap;text-align:center}
    .key{list-style:none;padding:0;margin:.5rem 0 0;columns:2;font-size:.85rem}
    .key li{break-inside:avoid}
    .heat thead th:first-child{width:14rem;min-width:12rem;text-align:left}
    .heat td.cell{text-align:right;white-space:nowrap;padding:.45rem .3rem}
    .b0{background:#cde9d6}.b1{background:#e3f0c8}.b2{background:#fbefb5}.b3{background:#fbd8b3}.b4{background:#f5c9c6}.bn{background:#eceef1}
    .heat .sym{font-weight:400;color:#333;min-width:1.3em;text-align:left}
    tr.incomplete th{border-left:4px solid var(--warn-line)}
    .legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:.5rem 0 1rem;font-size:.9rem}
    .legend .swatch{display:inline-block;padding:0 .4rem;border:1px solid #999;margin-right:.3rem}
    .chg .sym,.moved .sym{min-width:1.2em}.down .sym,.sym.down{color:#a3161a}.up .sym,.sym.up{color:#17642e}.rankchg{white-space:nowrap}
    p.moved{margin:.9rem 0 .2rem;font-weight:600}
    ul.moved{list-style:none;padding:0;margin:0 0 .6rem}
    ul.moved li{margin:.1rem 0}
    .q{display:block;color:var(--muted);font-size:.9rem;font-weight:400}
    .small{font-size:.88rem;color:var(--muted);font-weight:400}
    ul.plain{padding-left:1.2rem}
    ul.parts{columns:22rem;column-gap:2rem;padding-left:1.2rem}
    svg.chart{max-width:100%;height:auto;display:block;margin:.75rem 0}
    .chart text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#1b1b1b}
    .chart .tick{fill:#4d4d4d;font-size:12px}
    .chart .grid{stroke:#d5d9df;stroke-width:1}
    .bars .track{fill:#eceff3}.bars .bar{fill:#1d4f91}
    .bars .ref{stroke:#1b1b1b;stroke-width:2.5}.bars .ref-mark{display:none}
    .line polyline.series{fill:none;stroke:#1d4f91;stroke-width:2.5}.line circle.series{fill:#1d4f91}
    .line .value{font-weight:600}
    .spark{margin:0;display:inline-block;vertical-align:middle}
    .spark polyline{fill:none;stroke:#1d4f91;stroke-width:1.5}.spark circle{fill:#1d4f91}.spark .base{stroke:#c8ccd2}
    .key{font-size:.9rem;color:var(--muted)}
    .key .mark{display:inline-block;width:3px;height:.9rem;background:#1b1b1b;vertical-align:middle;margin:0 .4rem 0 .2rem}
    .strip .track{fill:#eceff3}.strip .whisker{stroke:#4d4d4d;stroke-width:1.5}.strip .box{fill:#b9c9e3;stroke:#1d4f91}
    .strip .dot{fill:#1d4f91;fill-opacity:.75}.strip .median{stroke:#1b1b1b;stroke-width:3}.strip .ref{fill:#a3161a}
    .key .dotkey{display:inline-block;width:.6rem;height:.6rem;border-radius:50%;background:#1d4f91;margin:0 .3rem 0 0}
    .key .boxkey{display:inline-block;width:1.2rem;height:.7rem;background:#b9c9e3;border:1px solid #1d4f91;margin:0 .3rem 0 0}
    .key .barkey{display:inline-block;width:1.4rem;height:.7rem;background:#1d4f91;margin:0 .3rem 0 0}
    footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.88rem;padding:1rem 0 2.5rem;margin-top:2rem}
    footer.site p{margin:.25rem 0}
    code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
    @media screen and (max-width:60rem){
      .heat,.heat tbody,.heat tr,.heat th,.heat td{display:block}
      .heat thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
      .heat tbody tr{display:grid;grid-template-columns:repeat(auto-fill,minmax(4.6rem,1fr));gap:3px;padding:.5rem 0;border-bottom:1px solid var(--line)}
      .heat tbody tr.group{display:block;padding:0;border:0}
      .heat tbody th{grid-column:1/-1;border:0;padding:.1rem 0 .2rem}
      .heat td.cell{border:0;padding:.15rem .35rem;text-align:left}
      .heat td.cell::before{content:attr(data-label);display:block;font-size:.75rem;font-weight:600;color:#333}
      .heat td.cell:last-child{font-weight:700;box-shadow:inset 0 0 0 2px #7a808a}
    }
    @media screen and (max-width:40rem){
      .wrap{padding:0 1rem}
      h1{font-size:1.55rem}
      h2{font-size:1.25rem;margin-top:2rem}
      dl.figures{gap:.6rem}
      dl.figures div{flex:1 1 8.5rem;min-width:min-content;padding:.5rem .75rem}
      .key{columns:1}
      .table-wrap>table:not(.heat),.table-wrap>table:not(.heat)>tbody,.table-wrap>table:not(.heat) th,.table-wrap>table:not(.heat) td,.table-wrap>table caption{display:block}
      .table-wrap>table:not(.heat)>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
      .table-wrap>table:not(.heat) tr{display:grid;grid-template-columns:1fr 1fr;grid-auto-flow:row dense;column-gap:1rem;border-bottom:1px solid var(--line);padding:.4rem 0}
      .table-wrap>table:not(.heat) tr>*{grid-column:1/-1;border:0;padding:.15rem 0;text-align:left}
      .table-wrap>table:not(.heat) tr>td.num{grid-column:auto}
      .table-wrap>table:not(.heat) tr>th{order:-1}
      .table-wrap>table:not(.heat) tr.group{display:block;padding:0;border:0}
      .table-wrap>table:not(.heat) tr.group th{padding:.3rem .5rem}
      .table-wrap>table:not(.heat) td:empty{display:none}
      .table-wrap>table:not(.heat) td[data-label]::before{content:attr(data-label);float:left;margin-right:.75rem;color:var(--muted);font-size:.85rem;font-weight:600;white-space:normal}
      .table-wrap>table:not(.heat) td.num[data-label]::before{float:none;display:block}
      .table-wrap>table:not(.heat) td::after{content:"";display:table;clear:both}
      tr.total th,tr.total td{border-top:0}
      tr.total{border-top:2px solid #7a808a}
    }
    @media print{
      @page{size:A4;margin:17mm 12mm 15mm;@top-left{font:8pt system-ui,sans-serif;color:#333;vertical-align:bottom}@top-right{font:8pt system-ui,sans-serif;color:#333;vertical-align:bottom}@bottom-right{content:counter(page) " / " counter(pages);font:8pt system-ui,sans-serif;color:#333}}
      html{font-size:9pt;line-height:1.35}
      .wrap{max-width:none;padding:0}
      .skip,nav.pages,nav.crumbs,header.site .app{display:none}
      header.site{background:none;border-top:3px solid #000;border-bottom:1px solid #000;padding-bottom:.3rem}
      header.site .org{padding-top:.3rem}
      .notice{margin:.3rem 0;padding:.2rem .6rem}
      a{color:inherit;text-decoration:none}
      main p>a[href$=".html"]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--muted)}
      main a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;overflow-wrap:anywhere}
      td.ev a::after{content:none}
      h1{font-size:1.6rem;margin:.6rem 0 .3rem}
      h2{font-size:1.3rem;margin:1.2rem 0 .4rem}
      h3{font-size:1.1rem;margin:1rem 0 .3rem}
      h2,h3,caption,p.summary,p.key{break-after:avoid}
      dl.figures{gap:.5rem;margin:.5rem 0}
      dl.figures div{min-width:0;padding:.3rem .7rem}
      dl.figures dd{font-size:1.2rem}
      tr,dl.figures div,svg.chart,.callout{break-inside:avoid}
      svg.chart{margin:.3rem 0;width:auto;max-height:100mm}
      thead{display:table-header-group}
      .table-wrap{overflow:visible;margin:.5rem 0}
      table{font-size:8pt}
      th,td{padding:.15rem .35rem}
      .heat td.cell{padding:.2rem .2rem}
      .heat thead th:first-child{width:auto}
      .actions,.criteria,.actions>*,.criteria>*{display:block}
      .actions tr,.criteria tr{display:grid;column-gap:.6rem;border-bottom:1px solid var(--line);padding:.2rem 0}
      .actions tr{grid-template-columns:1.6rem 1fr 7.5rem 6.5rem}
      .criteria tr{grid-template-columns:7.5rem 1fr 1.6fr 1fr}
      .actions tr>*,.criteria tr>*{border:0;padding:0}
      .actions thead th:nth-child(n+5),.criteria thead th:first-child{display:none}
      .actions tbody td:nth-child(n+5){grid-column:2/-1}
      .criteria tbody th{grid-column:1/-1}
      .actions td:nth-child(n+5)[data-label]::before{content:attr(data-label) " ";font-weight:600;color:var(--muted)}
      .actions td.none{display:none}
      .actions .plan{margin:0}
      .actions thead th,.criteria thead th{background:none}.actions thead th:first-child{visibility:hidden}
      .actions th .q,.criteria th .q{display:inline}.actions th .q::before,.criteria th .q::before{content:" · "}
      footer.site{margin-top:1rem;padding:.5rem 0 0}
      .heat td.cell,.b0,.b1,.b2,.b3,.b4,.bn,.notice,.tag,thead th,.key .mark,.key .barkey{-webkit-print-color-adjust:exact}
    }
    """#
}
