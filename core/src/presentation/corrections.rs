//! The corrections log's own page, written at build time in each language: the data's version
//! and every correction (date, version, what, old → new, why), newest first, as a table.
//! Plain HTML with a small style sheet of its own: it loads no script and no wasm.

use crate::data::model::{Correction, Dataset};
use crate::data::Day;
use crate::i18n::{facts, format, Lang};

/// Where each language's log page is, in the site.
pub fn path(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => "corrections/index.html",
        Lang::En => "en/corrections/index.html",
    }
}

/// The link to the log from a page at the site's root `root` (`""`, `"../"`, …).
pub fn href(root: &str, lang: Lang) -> String {
    let path = path(lang);
    // `strip_suffix` with a string compares bytes; `trim_end_matches` would bring the
    // substring searcher into the wasm for this one link.
    format!("{root}{}", path.strip_suffix("index.html").unwrap_or(path))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page's words, in `lang`.
struct Words {
    title: &'static str,
    caption: &'static str,
    columns: [&'static str; 6],
    none: &'static str,
    back: &'static str,
    other: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Es => Words {
            title: "Registro de correcciones",
            caption:
                "Cada cambio de lo que se mostró a los lectores, del más reciente al más antiguo",
            columns: [
                "Fecha",
                "Versión",
                "Qué cambió",
                "Antes",
                "Ahora",
                "Por qué",
            ],
            none: "Estos datos no han tenido correcciones.",
            back: "Volver al mapa",
            other: "English",
        },
        Lang::En => Words {
            title: "Corrections log",
            caption: "Every change to what readers were shown, newest first",
            columns: ["Date", "Version", "What changed", "Before", "Now", "Why"],
            none: "These data have had no corrections.",
            back: "Back to the map",
            other: "Español",
        },
    }
}

/// The log page in `lang`, a whole HTML document.
pub fn page(data: &Dataset, log: &[Correction], lang: Lang) -> String {
    let w = words(lang);
    let document = facts::document_name(data, lang);
    let mut rows = String::new();
    for correction in log.iter().rev() {
        let date = Day::parse(&correction.date)
            .map(|day| format::day(day, lang))
            .unwrap_or_else(|| correction.date.to_string());
        rows.push_str(&format!(
            "<tr><td><time datetime=\"{}\">{}</time></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&correction.date),
            escape(&date),
            correction.version,
            escape(correction.what.get(lang)),
            escape(correction.old.get(lang)),
            escape(correction.new.get(lang)),
            escape(correction.why.get(lang)),
        ));
    }
    let body = if log.is_empty() {
        format!("<p>{}</p>", w.none)
    } else {
        let head: String = w
            .columns
            .iter()
            .map(|column| format!("<th scope=\"col\">{column}</th>"))
            .collect();
        format!(
            "<table><caption>{}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>",
            w.caption
        )
    };
    // Back to the map in the log's language: the map page otherwise follows the browser's.
    let (other_lang, other_href) = match lang {
        Lang::Es => ("en", "../en/corrections/"),
        Lang::En => ("es", "../../corrections/"),
    };
    format!(
        "<!doctype html><html lang=\"{code}\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{title} · {document}</title><meta name=\"robots\" content=\"noindex\"><link rel=\"icon\" href=\"data:,\"><style>{STYLE}</style><main><p><a href=\"../?lang={code}\">{back}</a> · <a href=\"{other_href}\" hreflang=\"{other_lang}\" lang=\"{other_lang}\">{other}</a></p><h1>{title}</h1><p>{document}</p><p>{version}</p>{body}</main></html>\n",
        code = lang.code(),
        title = w.title,
        document = escape(&document),
        back = w.back,
        other = w.other,
        version = escape(&facts::data_version(data, lang)),
    )
}

/// The page's style: readable at any width, in both colour schemes, the table scrolling
/// sideways on a phone rather than the page.
const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}main{max-width:72rem;margin:0 auto;padding:1rem}table{border-collapse:collapse;display:block;overflow-x:auto}caption{text-align:left;padding:.5rem 0}th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #767676}a{color:#0b5cad}@media(prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#8cc4ff}}";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;

    fn log() -> Vec<Correction> {
        crate::data::statement::read_embedded()
            .corrections
            .iter()
            .map(|c| c.entry())
            .collect()
    }

    #[test]
    fn the_log_page_lists_every_correction_newest_first_in_each_language() {
        let data = load_embedded().unwrap();
        let log = log();
        assert_eq!(log.len(), 10);
        for lang in Lang::ALL {
            let html = page(&data, &log, lang);
            assert!(html.starts_with(&format!("<!doctype html><html lang=\"{}\">", lang.code())));
            assert_eq!(html.matches("<tr><td>").count(), log.len());
            let newest = html.find(&escape(log[8].what.get(lang))).unwrap();
            let oldest = html.find(&escape(log[0].what.get(lang))).unwrap();
            assert!(newest < oldest, "newest first");
            assert!(html.contains(&escape(&facts::data_version(&data, lang))));
            assert!(!html.contains("<script"));
        }
        let spanish = page(&data, &log, Lang::Es);
        assert!(spanish.contains("<td>un cruce fronterizo</td>"));
        assert!(spanish.contains("<time datetime=\"2026-11-29\">29 de noviembre de 2026</time>"));
    }

    #[test]
    fn the_link_reaches_the_page_from_any_root() {
        assert_eq!(href("", Lang::Es), "corrections/");
        assert_eq!(href("../", Lang::En), "../en/corrections/");
    }
}
