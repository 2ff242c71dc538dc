//! The parts of the page that the release wasm keeps as the build wrote them, in the page's
//! language (the tables, the details' bodies, the footer), and puts in again in the reader's
//! language on a switch: each part has a file for each language beside the statement's pages
//! (`state::pages`), so the wasm carries none of the code that writes them (issue 21). One task
//! fetches the parts not in the reader's language, one after the other, and puts each in; a part
//! that cannot be had stays as it was, and [`WrittenParts::problem`] says so.

use leptos::prelude::*;

use crate::i18n::{Lang, Text};
use crate::ui::reader_state::ReaderState;

/// One part: where its files are, which language it is in, how a new one goes in.
pub struct Part {
    /// Its file in the statement's folder, in a language.
    pub file: Box<dyn Fn(Lang) -> String>,
    /// The language of the one on the page (its `lang`), if it is there.
    pub shown_lang: Box<dyn Fn() -> Option<String>>,
    /// Puts in a new one, fetched, its links made to work from this page; false if it is not
    /// that part (then the shown one stays).
    pub put_in: Box<dyn Fn(web_sys::Element) -> bool>,
}

/// Every written part of the app, and whether the last switch could put them all in.
#[derive(Clone, Copy)]
pub struct WrittenParts {
    parts: StoredValue<Vec<Part>, LocalStorage>,
    /// Set when a part could not be had in the reader's language.
    pub problem: RwSignal<Option<Text>>,
}

impl WrittenParts {
    /// The parts' register, shared with the components that keep one; it follows the reader's
    /// language from the first run of effects, once every component has added its part.
    pub fn provide(state: ReaderState) -> WrittenParts {
        let parts = WrittenParts {
            parts: StoredValue::new_local(Vec::new()),
            problem: RwSignal::new(None),
        };
        provide_context(parts);
        parts.follow(state);
        parts
    }

    /// Adds a part, if the app keeps written parts (the release wasm).
    pub fn add(part: Part) {
        if let Some(parts) = use_context::<WrittenParts>() {
            parts.parts.update_value(|all| all.push(part));
        }
    }

    fn follow(self, state: ReaderState) {
        Effect::new(move |_| {
            let lang = state.lang.get();
            let stale: Vec<usize> = self.parts.with_value(|parts| {
                (0..parts.len())
                    .filter(|&index| (parts[index].shown_lang)().as_deref() != Some(lang.code()))
                    .collect()
            });
            if stale.is_empty() {
                self.problem.set(None);
                return;
            }
            leptos::task::spawn_local(async move {
                let mut missing = false;
                for index in stale {
                    let file = self.parts.with_value(|parts| (parts[index].file)(lang));
                    let written = crate::ui::statement_files::written_fragment(&file).await;
                    // A later switch has asked for another language meanwhile: that one counts.
                    if state.lang.get_untracked() != lang {
                        return;
                    }
                    let put_in = written.is_some_and(|written| {
                        self.parts
                            .with_value(|parts| (parts[index].put_in)(written))
                    });
                    missing |= !put_in;
                }
                self.problem
                    .set(missing.then_some(Text::LanguagePartsFailed));
            });
        });
    }
}
