//! The app rendered to HTML without a browser, for the page written at build time: the same
//! components, the default view, effects left out (they are browser work, and run once the
//! wasm takes over).

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::Start;

/// Accepts the futures Leptos spawns for effects and drops them: at build time there is no
/// page for them to work on.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The default view in `lang`, as the HTML the app's root element holds once mounted.
pub fn default_view(lang: Lang) -> String {
    view(lang, false)
}

/// The default view in `lang`, laid out for an embed (`?embed=1`) or the standalone page.
pub fn view(lang: Lang, embed: bool) -> String {
    // Only the first call sets it; the same executor serves every render.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let start = Start {
        browser_lang: Some(lang),
        view: crate::state::url::ViewState {
            embed,
            ..Default::default()
        },
    };
    let owner = Owner::new();
    // Untracked: nothing re-renders here, so reading signals outside a reactive context is
    // intended (and not worth Leptos's debug warning).
    let html = owner.with(|| untrack(|| view! { <crate::App start /> }.to_html()));
    drop(owner);
    html
}
