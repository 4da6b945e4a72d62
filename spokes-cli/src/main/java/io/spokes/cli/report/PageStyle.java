package io.spokes.cli.report;

/** The page's only stylesheet, inline so that the report is one self-contained file. */
final class PageStyle {
    static final String CSS = """
            body { margin: 0; background: #f4f6f8; color: #1a202c; line-height: 1.5;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
            main { max-width: 1200px; margin: 0 auto; padding: 24px 36px 48px; background: #ffffff; }
            h1 { font-size: 1.9em; line-height: 1.2; margin: 0.3em 0 0.2em; }
            h2 { font-size: 1.45em; margin: 2.2em 0 0.6em; padding-bottom: 0.2em; border-bottom: 2px solid #e2e8f0; }
            h3 { font-size: 1.12em; margin: 1.6em 0 0.4em; }
            p, li { max-width: 52em; }
            a { color: #2b6cb0; }
            code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
            .meta { color: #4a5568; margin: 0 0 1em; }
            .lead { font-size: 1.05em; background: #ebf8ff; border-left: 4px solid #2b6cb0; padding: 0.8em 1em; max-width: none; }
            .note { color: #4a5568; font-size: 0.95em; }
            nav.toc { background: #f7fafc; border: 1px solid #e2e8f0; padding: 0.6em 1.2em; margin: 1.2em 0; }
            nav.toc ol { margin: 0.3em 0; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; margin: 0.6em 0 1em; font-size: 0.9em; }
            th, td { padding: 4px 9px; border-bottom: 1px solid #e2e8f0; text-align: left; vertical-align: top; }
            thead th { background: #edf2f7; border-bottom: 2px solid #cbd5e0; vertical-align: bottom; }
            tbody tr:nth-child(even) { background: #f7fafc; }
            tbody th { font-weight: 600; white-space: nowrap; }
            table.summary { font-size: 0.86em; }
            table.summary th, table.summary td { padding: 4px 7px; }
            table.summary thead th.group { border-bottom: 1px solid #cbd5e0; text-align: center; }
            th.num { text-align: right; }
            tbody th.wrap { white-space: normal; font-weight: normal; min-width: 13em; }
            tbody th.wrap code { font-weight: 600; }
            td.members { min-width: 15em; }
            td.dates { white-space: nowrap; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            tbody tr.baseline { background: #fefcbf; font-weight: 600; }
            tbody tr.baseline th { border-left: 4px solid #d69e2e; }
            tbody tr.changed { background: #fefcbf; }
            tbody tr.muted { color: #718096; }
            td.source { font-size: 0.82em; color: #4a5568; min-width: 24em; max-width: 40em; }
            td.source summary { cursor: pointer; }
            td.source details[open] summary { margin-bottom: 0.3em; }
            dl.variants dt { font-weight: 600; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
            td.source summary { cursor: pointer; }
            td.source details[open] summary { margin-bottom: 0.3em; }
            dl.variants dd { margin: 0 0 0.4em 1.5em; }
            figure { margin: 1.2em 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #e2e8f0; }
            figcaption { font-size: 0.9em; color: #4a5568; margin-top: 0.3em; max-width: 52em; }
            svg.network { display: block; width: 100%; height: auto; border: 1px solid #e2e8f0; }
            .crisis { border-top: 1px solid #e2e8f0; }
            footer { margin-top: 3em; padding-top: 1em; border-top: 1px solid #e2e8f0; font-size: 0.85em; color: #718096; }
            @media print { body { background: #ffffff; } main { padding: 0; } .scroll { overflow: visible; } }
            """;

    private PageStyle() {
    }
}
