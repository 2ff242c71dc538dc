//! Embedding in news pages: the page announces its height to the host in the formats hosts
//! already listen for, accepts only a width hint in return, and offers the reader a share
//! link and an embed snippet. See `docs/embedding.md`.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Text;
use crate::presentation::embed as messages;
use crate::state::url::ViewState;
use crate::ui::reader_state::ReaderState;
use crate::ui::tr;

/// Whether the page runs inside a frame.
pub fn is_framed() -> bool {
    window()
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window())
}

/// Posts the page's height to the parent on load and on every size change, as Pym.js,
/// Datawrapper, Flourish and AMP hosts expect. Each message carries only the number.
pub fn announce_height() {
    if !is_framed() {
        return;
    }
    // Before the URL sync's first rewrite.
    PYM_CHILD_ID.with(|id| {
        id.get_or_init(pym_child_id);
    });
    // Once the app is mounted (this runs while it is being built). A timer, not the
    // ResizeObserver alone: Chrome runs no observers in a cross-origin frame that is off
    // screen, so a frame below the fold (AMP resizes only those) would otherwise announce
    // nothing until the reader scrolls to it.
    gloo::timers::callback::Timeout::new(0, post_height).forget();
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| post_height());
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
    // Once more when everything has loaded: a host script that started listening late
    // still hears it.
    let on_load = Closure::<dyn FnMut()>::new(post_height);
    let _ = window().add_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());
    on_load.forget();
}

thread_local! {
    /// The Pym.js child id, read once: the URL sync rewrites the query string to the app's
    /// own parameters, so a later read would find no `childId` and Pym would ignore the
    /// messages.
    static PYM_CHILD_ID: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
}

/// Pym.js hosts put the child's id in the URL.
fn pym_child_id() -> String {
    let from_url =
        web_sys::UrlSearchParams::new_with_str(&window().location().search().unwrap_or_default())
            .ok()
            .and_then(|params| params.get("childId"));
    messages::pym_child_id(from_url.as_deref())
}

/// Sends the current height once, in every format.
fn post_height() {
    let Some(body) = document().body() else {
        return;
    };
    let Some(parent) = window().parent().ok().flatten() else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil() as u32;
    let pym_id = PYM_CHILD_ID.with(|id| id.get_or_init(pym_child_id).clone());
    let sent = messages::height_messages(
        height,
        &pym_id,
        &window().location().href().unwrap_or_default(),
    );
    let _ = parent.post_message(&JsValue::from_str(&sent.pym), "*");
    let _ = parent.post_message(&JsValue::from_str(&sent.flourish), "*");
    for object in sent.objects {
        if let Ok(value) = js_sys::JSON::parse(&object) {
            let _ = parent.post_message(&value, "*");
        }
    }
}

/// Accepts the one message a host may send: a width hint, from the parent window only, of
/// the right type and in range. It sets `--host-width` on the root element and answers with
/// the height (as Pym.js children do), so a host script that loads after the app still
/// learns it; nothing else.
pub fn accept_width_hint() {
    if !is_framed() {
        return;
    }
    let callback =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_parent = window().parent().ok().flatten().is_some_and(|parent| {
                event
                    .source()
                    .is_some_and(|source| JsValue::from(source) == JsValue::from(parent))
            });
            if !from_parent {
                return;
            }
            if let Some(width) = width_hint(&event.data()) {
                if let Some(root) = document()
                    .document_element()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = root.style().set_property(
                        "--host-width",
                        &format!("{}px", crate::number::fixed(width, 0)),
                    );
                }
                // Answer at once, as Pym.js children do: a host script that started
                // listening late learns the height now, not at the next resize.
                post_height();
            }
        });
    let _ = window().add_event_listener_with_callback("message", callback.as_ref().unchecked_ref());
    callback.forget();
}

/// The width in a Pym.js width message or `{type: "corredor:width", width}`, if in range.
fn width_hint(data: &JsValue) -> Option<f64> {
    if let Some(text) = data.as_string() {
        return messages::pym_width(&text);
    }
    let field = |name: &str| js_sys::Reflect::get(data, &JsValue::from_str(name)).ok();
    messages::corredor_width(
        field("type").and_then(|kind| kind.as_string()).as_deref(),
        field("width").and_then(|width| width.as_f64()),
    )
}

/// The page's address with `state`'s query.
fn address(query: &str) -> String {
    let location = window().location();
    format!(
        "{}{}{query}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The site's root address: where a release build's `data-root` on the page leads (`./` on
/// the Spanish page, `../` on `en/`…), or the page's own folder in a development build.
fn site_root() -> String {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let root = document()
        .document_element()
        .and_then(|html| html.get_attribute("data-root"))
        .unwrap_or_else(|| "./".to_owned());
    web_sys::Url::new_with_base(&root, &here)
        .map(|url| url.href())
        .unwrap_or(here)
}

/// The iframe snippet for the current view (`presentation::embed::snippet`), at this site.
pub fn snippet(view: &ViewState, title: &str) -> String {
    let built = document()
        .document_element()
        .is_some_and(|html| html.has_attribute("data-root"));
    messages::snippet(
        view,
        title,
        &messages::Site {
            root: &site_root(),
            built,
            here: &address(""),
            statement: use_context::<crate::Series>().and_then(crate::Series::page_statement),
        },
    )
}

/// Copies `text` to the clipboard and reports through `done` whether it worked. Never
/// throws: over plain http and in some cross-origin frames `navigator.clipboard` is missing,
/// and a refused permission rejects the promise; both report `false`.
fn copy(text: String, done: impl Fn(bool) + 'static) {
    let navigator = window().navigator();
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null());
    if !available {
        done(false);
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done(ok);
    });
}

/// Selects the whole text of `field` for the reader to copy by hand.
fn select_all(field: Option<web_sys::HtmlElement>) {
    if let Some(field) = field {
        let _ = field.focus();
        if let Ok(input) = field.clone().dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let Ok(area) = field.dyn_into::<web_sys::HtmlTextAreaElement>() {
            area.select();
        }
    }
}

/// "Share link" and "Embed" for the current view.
#[component]
pub fn ShareBar(
    /// The dataset: the snippet's title names its document.
    data: &'static crate::data::Dataset,
    /// The view as written in the URL (embed and theme come from it).
    current: Signal<ViewState>,
) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let status = RwSignal::new(None::<Text>);
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    // The standalone view's query (never empty: it names the language). Relative in the
    // link's `href`, so the page renders without a window at build time; made absolute for
    // the clipboard, in the handler.
    let standalone_query = move || {
        let mut view = current.get();
        view.embed = false;
        view.lang = Some(lang.get());
        view.to_query()
    };
    let link = move || address(&standalone_query());
    // Written when the dialog opens (the modal dialog keeps the view from changing meanwhile),
    // and again when the newsroom pins the statement.
    let code = RwSignal::new(String::new());
    let series = use_context::<crate::Series>().filter(|series| series.listing.len() > 1);
    let pinned = RwSignal::new(false);
    let fill_code = move || {
        let mut view = current.get_untracked();
        view.lang = Some(lang.get_untracked());
        if let Some(series) = series.filter(|_| pinned.get_untracked()) {
            // Pinned: the statement named even when it is the first, so a statement added
            // later can change nothing the frame shows.
            view.statement = Some(series.listing[series.current].id.to_string());
            view.pinned = true;
        }
        code.set(snippet(
            &view,
            &crate::i18n::facts::embed_title(data, lang.get_untracked()),
        ));
    };
    let report = move |ok: bool| status.set(Some(if ok { Text::Copied } else { Text::CopyFailed }));
    // When copying fails, the link is shown in a field and selected, ready for Ctrl+C.
    let manual_link = RwSignal::new(None::<String>);
    let link_field = NodeRef::<leptos::html::Input>::new();
    let code_field = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if manual_link.get().is_some() && link_field.get().is_some() {
            // After this render has set the field's value.
            gloo::timers::callback::Timeout::new(0, move || {
                select_all(link_field.get_untracked().map(Into::into))
            })
            .forget();
        }
    });
    let copy_link = move |_| {
        let text = link();
        let fallback = text.clone();
        copy(text, move |ok| {
            report(ok);
            manual_link.set((!ok).then(|| fallback.clone()));
        });
    };
    let copy_code = move |_| {
        copy(code.get_untracked(), move |ok| {
            report(ok);
            if !ok {
                select_all(code_field.get_untracked().map(Into::into));
            }
        });
    };
    view! {
        <div class="share-bar">
            <button type="button" class="button button--quiet" data-testid="share-link"
                on:click=copy_link>
                <svg class="icon icon--stroke button__icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8"></path>
                </svg>
                <span class="button__label">{tr(lang, Text::ShareLink)}</span>
            </button>
            // In an embed, the whole view one click away, in a new tab, as the reader left it
            // (TimelineJS's deep links famously break inside frames; this one carries the state).
            {current.get_untracked().embed.then(|| view! {
                <a class="button button--quiet" data-testid="open-full-view" target="_blank" rel="noopener"
                    href=standalone_query>
                    <svg class="icon icon--stroke button__icon" viewBox="0 0 16 16" aria-hidden="true">
                        <path d="M9 2h5v5M14 2L7 9M12 9v5H2V4h5"></path>
                    </svg>
                    <span class="button__label">{tr(lang, Text::OpenFullView)}</span>
                </a>
            })}
            <button type="button" class="button button--quiet embed-only-hidden" data-testid="open-embed"
                on:click=move |_| {
                    fill_code();
                    if let Some(dialog) = dialog_ref.get() {
                        let _ = dialog.show_modal();
                    }
                }>
                <svg class="icon icon--stroke button__icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M5.5 4.5L2 8l3.5 3.5M10.5 4.5L14 8l-3.5 3.5"></path>
                </svg>
                <span class="button__label">{tr(lang, Text::Embed)}</span>
            </button>
            <p class="share-bar__status" role="status">{move || status.get().map(|text| text.in_lang(lang.get()))}</p>
            {move || manual_link.get().map(|url| view! {
                <input node_ref=link_field class="share-bar__link" data-testid="manual-link" readonly
                    aria-label=tr(lang, Text::ShareLink) prop:value=url />
            })}
            <dialog node_ref=dialog_ref class="embed-dialog" aria-labelledby="embed-heading">
                <h2 id="embed-heading">{tr(lang, Text::Embed)}</h2>
                <p>{tr(lang, Text::EmbedHelp)}</p>
                {series.map(|_| view! {
                    <label class="embed-dialog__pin">
                        <input type="checkbox" data-testid="embed-pin" prop:checked=move || pinned.get()
                            on:change=move |event| {
                                pinned.set(event_target_checked(&event));
                                fill_code();
                            } />
                        " " {tr(lang, Text::PinStatement)}
                    </label>
                })}
                <label for="embed-code">{tr(lang, Text::EmbedCode)}</label>
                <textarea node_ref=code_field id="embed-code" data-testid="embed-code" readonly rows="6" prop:value=move || code.get()></textarea>
                <div class="embed-dialog__actions">
                    <button type="button" class="button" data-testid="copy-embed" on:click=copy_code>
                        {tr(lang, Text::CopyCode)}
                    </button>
                    <button type="button" class="button button--quiet" on:click=move |_| {
                        if let Some(dialog) = dialog_ref.get() {
                            dialog.close();
                        }
                    }>
                        {tr(lang, Text::Close)}
                    </button>
                </div>
                <p class="share-bar__status" role="status">{move || status.get().map(|text| text.in_lang(lang.get()))}</p>
            </dialog>
        </div>
    }
}
