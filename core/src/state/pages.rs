//! The pages a release build writes (language × layout) and the rule that picks one from a
//! URL. Everything that names a page uses this table: the build that writes them, the embed
//! snippet, and `boot.js`, which reads [`boot_table`] from the page itself to send a reader to
//! the page the URL asks for before anything is painted. The URL is read by
//! [`ViewState::parse`], so a spelling the app accepts (`?embed`, `?embed=true`, `?lang=EN`,
//! `?lang=en-GB`) opens the same page the app then shows.

use crate::lang::Lang;
use crate::state::url::{Param, ViewState, EMBED_ON};

/// One page written at build time: a statement, a language and a layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Its language.
    pub lang: Lang,
    /// The compact layout for iframes.
    pub embed: bool,
    /// Its statement, by its folder's name; `None` for the collection's first, whose pages
    /// are the site's root (so links written before the series open it as they did).
    pub statement: Option<&'static str>,
}

/// The folder under which a statement other than the collection's first has its pages.
pub const STATEMENTS_FOLDER: &str = "statements/";

/// The folder of a statement's pages and files from the site's root, with a trailing `/`:
/// empty for the collection's first (`None`), `statements/<id>/` for the others.
pub fn statement_folder(statement: Option<&str>) -> String {
    statement
        .map(|id| format!("{STATEMENTS_FOLDER}{id}/"))
        .unwrap_or_default()
}

/// The file, in a statement's folder, holding its tables in `lang` as its pages write them
/// (links from that folder): the app puts them in on a language switch instead of drawing
/// them (issue 21: their code would be a sixth of the wasm).
pub fn tables_file(lang: Lang) -> String {
    format!("tables-{}.html", lang.code())
}

/// The file, in a statement's folder, holding the details panel's body for every selection in
/// `lang`, as its pages write them (the `<template>`
/// [`crate::presentation::details::WRITTEN_ID`]): the app puts it in on a language switch.
pub fn details_file(lang: Lang) -> String {
    format!("details-{}.html", lang.code())
}

/// The file, in a statement's folder, holding its footer in `lang` for a layout (the compact
/// embed's folds who speaks and where the text comes from), as its pages write it: the app puts
/// it in on a language switch.
pub fn footer_file(lang: Lang, embed: bool) -> String {
    let layout = if embed { "-embed" } else { "" };
    format!("footer-{}{layout}.html", lang.code())
}

/// The language of the site's root page: the statement's own.
pub const ROOT_LANG: Lang = Lang::Es;

impl Page {
    /// The collection's first statement's pages, the site's root first.
    pub const ALL: [Page; 4] = Page::of(None);

    /// A statement's four pages (language × layout), its standalone Spanish page first.
    pub const fn of(statement: Option<&'static str>) -> [Page; 4] {
        [
            Page {
                lang: Lang::Es,
                embed: false,
                statement,
            },
            Page {
                lang: Lang::En,
                embed: false,
                statement,
            },
            Page {
                lang: Lang::Es,
                embed: true,
                statement,
            },
            Page {
                lang: Lang::En,
                embed: true,
                statement,
            },
        ]
    }

    /// Every page of the collection `ids` (folder names, the first's pages at the root).
    pub fn every(ids: &[&'static str]) -> Vec<Page> {
        ids.iter()
            .enumerate()
            .flat_map(|(index, id)| Page::of((index > 0).then_some(*id)))
            .collect()
    }

    /// The same page of another statement of the collection `ids`.
    pub fn for_statement(self, id: &'static str, ids: &[&'static str]) -> Page {
        Page {
            statement: (ids.first() != Some(&id)).then_some(id),
            ..self
        }
    }

    /// Its name on its root element (`data-page`): `es`, `en`, `embed-es`, `embed-en`, and for
    /// another statement than the first its folder's name after `@` (`en@2024-01-26-follow-up`).
    pub fn name(self) -> String {
        let layout = if self.embed { "embed-" } else { "" };
        let statement = self
            .statement
            .map(|id| format!("@{id}"))
            .unwrap_or_default();
        format!("{layout}{}{statement}", self.lang.code())
    }

    /// The folder of its statement's files (images, downloads) from the site's root, with a
    /// trailing `/` (empty for the first statement).
    pub fn statement_folder(self) -> String {
        statement_folder(self.statement)
    }

    /// Its folder from the site's root, with a trailing `/` (empty for the root page).
    pub fn folder(self) -> String {
        let layout = if self.embed { "embed/" } else { "" };
        let lang = if self.lang == ROOT_LANG {
            String::new()
        } else {
            format!("{}/", self.lang.code())
        };
        format!("{}{layout}{lang}", self.statement_folder())
    }

    /// Its file in the built site.
    pub fn path(self) -> String {
        format!("{}index.html", self.folder())
    }

    /// The way from its folder back to the site's root (`./`, `../`, `../../`): its links to
    /// the site's files start with it.
    pub fn site_root(self) -> String {
        match self.folder().matches('/').count() {
            0 => "./".to_owned(),
            depth => "../".repeat(depth),
        }
    }

    /// The page a URL asks for, opened on page `here` of the collection `ids`: its
    /// `statement` when the collection has it, else `here`'s; its `lang` (any spelling the app
    /// reads), else the first of the browser's languages the app speaks, else the root page's;
    /// the embed layout when the app would lay itself out as one.
    pub fn for_view(
        view: &ViewState,
        browser_lang: Option<Lang>,
        here: Page,
        ids: &[&'static str],
    ) -> Page {
        let named = view
            .statement
            .as_deref()
            .and_then(|wanted| ids.iter().find(|id| **id == wanted));
        let page = Page {
            lang: view.lang.or(browser_lang).unwrap_or(ROOT_LANG),
            embed: view.embed,
            statement: here.statement,
        };
        match named {
            Some(id) => page.for_statement(id, ids),
            None => page,
        }
    }

    /// [`Page::for_view`] of a query string and the browser's languages (BCP 47 tags, in
    /// the browser's order), opened at the site's root.
    pub fn for_query(query: &str, browser_languages: &[&str], ids: &[&'static str]) -> Page {
        let browser_lang = browser_languages.iter().find_map(|tag| Lang::from_tag(tag));
        Page::for_view(&ViewState::parse(query), browser_lang, Page::ALL[0], ids)
    }

    /// The attributes of its root element, as the minified page writes them: its language,
    /// its name, the way back to the root, the table `boot.js` reads (of the collection
    /// `ids`), and the embed's classes (it has the compact layout at every width).
    pub fn root_attributes(self, ids: &[&'static str]) -> String {
        format!(
            "lang={} data-page={} data-root={} data-pages='{}'{}",
            self.lang.code(),
            self.name(),
            self.site_root(),
            boot_table(ids),
            if self.embed {
                " class='embed compact'"
            } else {
                ""
            }
        )
    }
}

/// What `boot.js` needs to choose a page as [`Page::for_query`] does, as JSON (written into
/// every page's root element, so no rule lives in `boot.js` itself): the language codes, the
/// root page's first ([`ROOT_LANG`]), the `embed` values that mean yes, the statements of the
/// collection `ids` (the first is the root's), each page's folder by name, and the
/// parameters that change the view (with one of them the page written at build time is not
/// the view the app will show).
pub fn boot_table(ids: &[&'static str]) -> String {
    let quoted = |items: Vec<String>| {
        items
            .iter()
            .map(|item| format!("\"{item}\""))
            .collect::<Vec<_>>()
            .join(",")
    };
    let pages: Vec<String> = Page::every(ids)
        .iter()
        .map(|page| format!("\"{}\":\"{}\"", page.name(), page.folder()))
        .collect();
    // The statement and the language choose a page; the theme and the pin are set on the
    // root element by `boot.js` and change no markup.
    let view_params = Param::ALL
        .into_iter()
        .filter(|param| {
            !matches!(
                param,
                Param::Lang | Param::Embed | Param::Theme | Param::Statement | Param::Pin
            )
        })
        .map(|param| param.name().to_owned())
        .collect();
    format!(
        "{{\"langs\":[{}],\"embedOn\":[{}],\"statements\":[{}],\"pages\":{{{}}},\"viewParams\":[{}]}}",
        quoted(
            Lang::ALL
                .iter()
                .map(|lang| lang.code().to_owned())
                .collect()
        ),
        quoted(EMBED_ON.iter().map(|value| (*value).to_owned()).collect()),
        quoted(ids.iter().map(|id| (*id).to_owned()).collect()),
        pages.join(","),
        quoted(view_params)
    )
}

/// The cases `boot.js` and the app must agree on: a query, the browser's languages, the page.
/// The Playwright test `e2e/tests/pages.spec.ts` opens each one in Chromium.
pub const CASES: &str = include_str!("page-cases.tsv");

/// [`CASES`] as (query, browser languages, expected page name), comments and blank lines left
/// out.
pub fn cases() -> Vec<(&'static str, Vec<&'static str>, &'static str)> {
    CASES
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(|line| {
            let mut columns = line.split('\t');
            let query = columns.next()?;
            let languages = columns.next()?;
            let page = columns.next()?;
            Some((query, languages.split(',').collect(), page))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The collection the cases are written for (`data/collection.txt`).
    const IDS: [&str; 2] = ["2024-01-23", "2024-01-26-follow-up"];

    #[test]
    fn every_case_of_the_shared_table_opens_its_page() {
        let cases = cases();
        assert!(
            cases.len() >= 20,
            "the table lost its cases: {}",
            cases.len()
        );
        for (query, languages, expected) in cases {
            assert_eq!(
                Page::for_query(query, &languages, &IDS).name(),
                expected,
                "query {query:?} with browser languages {languages:?}"
            );
        }
    }

    #[test]
    fn paths_and_roots_lead_back_to_the_site_root() {
        let written: Vec<(String, String, String)> = Page::ALL
            .iter()
            .map(|page| (page.name(), page.path(), page.site_root()))
            .collect();
        assert_eq!(
            written,
            [
                ("es", "index.html", "./"),
                ("en", "en/index.html", "../"),
                ("embed-es", "embed/index.html", "../"),
                ("embed-en", "embed/en/index.html", "../../"),
            ]
            .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
        );
    }

    #[test]
    fn the_table_boot_js_reads_is_json_naming_every_page() {
        let table: serde_json::Value = serde_json::from_str(&boot_table(&IDS)).unwrap();
        let every = Page::every(&IDS);
        assert_eq!(every.len(), 8);
        for page in every {
            assert_eq!(table["pages"][page.name()], page.folder().as_str());
        }
        assert_eq!(table["embedOn"], serde_json::json!(["1", "true", ""]));
        assert_eq!(table["statements"], serde_json::json!(IDS));
        assert!(
            !boot_table(&IDS).contains('\''),
            "the table sits in a '…' attribute"
        );
        assert!(Page::ALL[3]
            .root_attributes(&IDS)
            .ends_with(" class='embed compact'"));
    }

    #[test]
    fn another_statements_pages_sit_in_its_folder_and_its_own_page_keeps_it() {
        let follow_up = Page::of(Some(IDS[1]));
        assert_eq!(follow_up[0].folder(), "statements/2024-01-26-follow-up/");
        assert_eq!(follow_up[0].site_root(), "../../");
        assert_eq!(
            follow_up[3].folder(),
            "statements/2024-01-26-follow-up/embed/en/"
        );
        assert_eq!(follow_up[3].site_root(), "../../../../");
        assert_eq!(follow_up[1].name(), "en@2024-01-26-follow-up");
        // Opened on the follow-up's page, a URL without `statement` stays there; naming the
        // first statement goes back to the root's pages; an unknown one is ignored.
        let view = ViewState::parse("?lang=en");
        assert_eq!(
            Page::for_view(&view, None, follow_up[0], &IDS),
            follow_up[1]
        );
        let view = ViewState::parse("?statement=2024-01-23");
        assert_eq!(
            Page::for_view(&view, None, follow_up[0], &IDS),
            Page::ALL[0]
        );
        let view = ViewState::parse("?statement=2025-01-01");
        assert_eq!(
            Page::for_view(&view, None, follow_up[2], &IDS),
            follow_up[0]
        );
    }
}
