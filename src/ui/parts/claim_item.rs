//! One claim of the statement in a list: its title, its note, its sentence one step away.

use leptos::prelude::*;

use crate::data::Claim;
use crate::ui::reader_state::ReaderState;
use crate::ui::source_quote::SourceQuote;

/// A claim as a list item (`data-claim` names it).
#[component]
pub fn ClaimItem(
    claim: &'static Claim,
    /// The note's test id, where the tests look for it.
    #[prop(optional)]
    note_test_id: Option<&'static str>,
) -> impl IntoView {
    let lang = ReaderState::expect().lang;
    let about = Signal::derive(move || claim.title.get(lang.get()).to_owned());
    view! {
        <li data-claim=&*claim.id>
            <p>{move || claim.title.get(lang.get())}</p>
            {claim.note.as_ref().map(|note| view! { <p class="note" data-testid=note_test_id>{move || note.get(lang.get())}</p> })}
            <SourceQuote quote=&claim.quote about lang />
        </li>
    }
}
