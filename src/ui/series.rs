//! The series: the picker of the collection's statements and their marks on the timeline (the
//! comparisons are `ui::comparisons`). A pinned embed (`pin=1`, set on the root
//! element by `boot.js`) hides all three, so adding a statement never changes what it shows.

use leptos::prelude::*;

use crate::data::timeline::Span;
use crate::i18n::series::{short_label, statement_label};
use crate::i18n::{Lang, Text};
use crate::presentation::series::timeline_marks;
use crate::state::pages::Page;
use crate::state::url::ViewState;
use crate::ui::tr;
use crate::Series;

/// The series, when the collection has more than one statement.
pub(crate) fn series() -> Option<Series> {
    use_context::<Series>().filter(|series| series.listing.len() > 1)
}

/// Links to every statement's page in the reader's language and layout, the shown one
/// marked: plain links, so they work before the app runs and without JavaScript. They sit in
/// the row of the share buttons, by their dates in few letters (the full name follows for
/// screen readers, and is the tooltip), so the row stays one line at any width and an
/// embed's frame keeps its height; a long series scrolls sideways in it.
#[component]
pub fn StatementPicker(lang: RwSignal<Lang>, embed: bool) -> impl IntoView {
    let series = series()?;
    let items = series
        .listing
        .iter()
        .enumerate()
        .map(|(index, statement)| {
            let href = statement_href(index, lang, embed);
            let current = index == series.current;
            view! {
                <li>
                    <a href=href class="statements__link" aria-current=current.then_some("page") data-statement=&*statement.id
                        title=move || statement_label(statement, lang.get())>
                        // The date, short, so the row stays one line at any width; the full
                        // name (the tagline's, for the shown one) in the link's name too.
                        {move || short_label(statement, lang.get())}
                        <span class="visually-hidden">" " {move || statement_label(statement, lang.get())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <nav class="statements" aria-label=tr(lang, Text::StatementsPicker) data-testid="statements">
            <ol class="statements__list">{items}</ol>
        </nav>
    })
}

/// The address of statement `index`'s page in the reader's language and layout: its written
/// page, or, in a development build (one page), the view with `?statement=`. The query names
/// the language and the layout, as a link a reader shares does: without them the page's rule
/// (`boot.js`) would send a reader whose browser prefers the other language to that
/// language's page, and a reader of an embed to the standalone page.
fn statement_href(index: usize, lang: RwSignal<Lang>, embed: bool) -> impl Fn() -> String {
    let root = use_context::<crate::SiteRoot>()
        .map(|root| root.0)
        .unwrap_or_default();
    let id = series().map_or("", |series| &*series.listing[index].id);
    move || {
        let mut view = ViewState {
            embed,
            lang: Some(lang.get()),
            ..ViewState::default()
        };
        if root.is_empty() {
            view.statement = Some(id.to_owned());
            return view.to_query();
        }
        let page = Page {
            lang: lang.get(),
            embed,
            statement: (index > 0).then_some(id),
        };
        format!("{root}{}{}", page.folder(), view.to_query())
    }
}

/// The statements on the timeline: a mark at each one's date within the shown span (open
/// toward earlier days for one issued on or before it), the shown one emphasized. Each is a
/// link to its page for the pointer; the picker, which lists every statement, is the way for
/// the keyboard and screen readers, so the marks stay out of the tab order and the
/// accessibility tree.
#[component]
pub fn StatementMarks(span: Span, lang: RwSignal<Lang>, embed: bool) -> impl IntoView {
    let series = series()?;
    let marks = timeline_marks(series.listing, span)
        .into_iter()
        .map(|mark| {
            let data = &series.listing[mark.statement];
            // Fixed for the page: one class string, not a reactive class each.
            let class = match (mark.on_or_before, mark.statement == series.current) {
                (false, false) => "axis__statement",
                (true, false) => "axis__statement axis__statement--open",
                (false, true) => "axis__statement axis__statement--current",
                (true, true) => "axis__statement axis__statement--open axis__statement--current",
            };
            view! {
                <a
                    class=class
                    style:left=mark.left
                    href=statement_href(mark.statement, lang, embed)
                    title=move || statement_label(data, lang.get())
                    tabindex="-1"
                    aria-hidden="true"
                    data-testid="statement-mark"
                ></a>
            }
        })
        .collect_view();
    Some(view! { <div class="axis__statements">{marks}</div> })
}
