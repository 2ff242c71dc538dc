//! Embedding in news pages, as text: the messages that announce the page's height to a host in
//! the formats hosts already listen for, the one message accepted in return (a width hint), and
//! the snippet a newsroom pastes. The browser side (`src/ui/embed.rs`) only posts and listens.
//! See `docs/embedding.md`.

use crate::state::pages::Page;
use crate::state::url::ViewState;

/// Accepted widths for the host's width hint, px.
pub const WIDTH_HINT_RANGE: std::ops::RangeInclusive<f64> = 200.0..=4000.0;

/// The height messages, one per host family; each carries only the number (and, for
/// Flourish, the frame's own address, without which its host script rejects the message).
#[derive(Debug, PartialEq)]
pub struct HeightMessages {
    /// Pym.js's string message, with the child id the host gave.
    pub pym: String,
    /// Flourish's resize message, a string of JSON.
    pub flourish: String,
    /// Datawrapper's and AMP's, as JSON objects to post as objects.
    pub objects: [String; 2],
}

/// The messages announcing `height` px, for a Pym.js child `pym_id` at `href`.
pub fn height_messages(height: u32, pym_id: &str, href: &str) -> HeightMessages {
    HeightMessages {
        pym: format!("pymxPYMx{pym_id}xPYMxheightxPYMx{height}"),
        flourish: format!(
            "{{\"sender\":\"Flourish\",\"context\":\"iframe.resize\",\"method\":\"resize\",\"height\":{height},\"src\":{}}}",
            json_string(href)
        ),
        objects: [
            format!("{{\"datawrapper-height\":{{\"corredor\":{height}}}}}"),
            format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
        ],
    }
}

/// The Pym.js child id from the frame's URL, echoed back only when it is a plain id.
pub fn pym_child_id(from_url: Option<&str>) -> String {
    from_url
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .unwrap_or_default()
        .to_owned()
}

/// The width in a Pym.js width message (`pymxPYMx<id>xPYMxwidthxPYMx<px>`), if in range.
pub fn pym_width(message: &str) -> Option<f64> {
    let parts = split_at_marker(message, "xPYMx");
    match parts.as_slice() {
        ["pym", _, "width", value] => accepted_width(crate::number::parse(value)?),
        _ => None,
    }
}

/// `text` cut at each `marker` (ASCII), as `str::split` would: by hand, comparing bytes, since
/// `split` with a string pattern brings the substring searcher and its panic messages (about
/// 2 KB) into the wasm for this one message.
fn split_at_marker<'a>(text: &'a str, marker: &str) -> Vec<&'a str> {
    let (bytes, mark) = (text.as_bytes(), marker.as_bytes());
    let mut parts = Vec::new();
    let (mut start, mut at) = (0, 0);
    while at + mark.len() <= bytes.len() {
        if bytes.get(at..).is_some_and(|rest| rest.starts_with(mark)) {
            parts.push(text.get(start..at).unwrap_or_default());
            at += mark.len();
            start = at;
        } else {
            at += 1;
        }
    }
    parts.push(text.get(start..).unwrap_or_default());
    parts
}

/// The width of a `{type: "corredor:width", width}` message (its type and width as read), if
/// it is one and in range.
pub fn corredor_width(kind: Option<&str>, width: Option<f64>) -> Option<f64> {
    (kind == Some("corredor:width"))
        .then_some(width)
        .flatten()
        .and_then(accepted_width)
}

/// `width` if a host may set it.
pub fn accepted_width(width: f64) -> Option<f64> {
    (width.is_finite() && WIDTH_HINT_RANGE.contains(&width)).then_some(width)
}

/// Where the page runs, for the snippet's addresses.
pub struct Site<'a> {
    /// The site's root, absolute (`https://host/`).
    pub root: &'a str,
    /// Whether this is a release build, with a page written per language and layout; a
    /// development build has one page.
    pub built: bool,
    /// The current page's address without its query (what a development build embeds).
    pub here: &'a str,
    /// The statement shown, as its pages name it (`None`: the collection's first).
    pub statement: Option<&'static str>,
}

/// The iframe snippet for `view`, titled `title`, with the host helper script. The frame opens
/// the embed's own page for its language, so it paints at once and needs no redirect; for
/// readers whose host runs no script or strips frames (feed readers, AMP before the frame may
/// run), the default map as a picture links to the full page.
pub fn snippet(view: &ViewState, title: &str, site: &Site) -> String {
    let mut embedded = view.clone();
    embedded.embed = true;
    let lang = embedded.lang.unwrap_or(crate::state::pages::ROOT_LANG);
    let root = site.root;
    let frame_page = if site.built {
        format!(
            "{root}{}",
            Page {
                lang,
                embed: true,
                statement: site.statement
            }
            .folder()
        )
    } else {
        site.here.to_owned()
    };
    let src = format!("{frame_page}{}", embedded.to_query());
    let title = title.replace('"', "&quot;");
    let page = Page {
        lang,
        embed: false,
        statement: site.statement,
    };
    let full_page = format!("{root}{}", page.folder());
    let image = format!(
        "{root}{}images/map-{}-2x.png",
        page.statement_folder(),
        lang.code()
    );
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" height=\"1200\" \
         allow=\"clipboard-write\" style=\"width:100%;border:0;\" data-corredor></iframe>\n\
         <noscript><a href=\"{full_page}\"><img src=\"{image}\" alt=\"{title}\" width=\"500\" style=\"max-width:100%;height:auto;\"></a></noscript>\n\
         <script src=\"{root}embed.js\" async></script>"
    )
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // By hand, not `{:04x}`: the formatter's hex machinery costs the wasm bytes.
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hand_made_split_cuts_as_str_split_does() {
        for text in [
            "",
            "x",
            "xPYMx",
            "xPYMxxPYMx",
            "pymxPYMxmapxPYMxwidthxPYMx640",
            "xPYMxPYMx",
            "ñxPYMxé€xPYMx",
            "xPYM",
            "axPYMxbxPYMxc",
        ] {
            assert_eq!(
                split_at_marker(text, "xPYMx"),
                text.split("xPYMx").collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }
    use crate::lang::Lang;

    #[test]
    fn every_height_message_carries_the_height_and_flourish_gets_its_address_quoted() {
        let messages = height_messages(734, "map-1", "https://a.example/embed/?q=\"x\"");
        assert_eq!(messages.pym, "pymxPYMxmap-1xPYMxheightxPYMx734");
        let flourish: serde_json::Value = serde_json::from_str(&messages.flourish).unwrap();
        assert_eq!(flourish["height"], 734);
        assert_eq!(flourish["src"], "https://a.example/embed/?q=\"x\"");
        let control = height_messages(1, "", "a\u{1}\u{1f}\\b");
        let parsed: serde_json::Value = serde_json::from_str(&control.flourish).unwrap();
        assert_eq!(parsed["src"], "a\u{1}\u{1f}\\b");
        for object in &messages.objects {
            let value: serde_json::Value = serde_json::from_str(object).unwrap();
            assert!(object.contains("734"), "{value}");
        }
    }

    #[test]
    fn only_plain_ids_and_widths_in_range_are_accepted() {
        assert_eq!(pym_child_id(Some("map_1-a")), "map_1-a");
        assert_eq!(pym_child_id(Some("x\"><script>")), "");
        assert_eq!(pym_child_id(None), "");
        assert_eq!(pym_width("pymxPYMxmapxPYMxwidthxPYMx640"), Some(640.0));
        assert_eq!(pym_width("pymxPYMxmapxPYMxwidthxPYMx640xPYMx"), None);
        assert_eq!(pym_width("pymxPYMxmaxPYMxpxPYMxwidthxPYMx640"), None);
        assert_eq!(pym_width("pymxPYMxmapxPYMxwidthxPYMx64000"), None);
        assert_eq!(pym_width("pymxPYMxmapxPYMxheightxPYMx640"), None);
        assert_eq!(pym_width("pymxPYMxmapxPYMxwidthxPYMxNaN"), None);
        assert_eq!(
            corredor_width(Some("corredor:width"), Some(375.0)),
            Some(375.0)
        );
        assert_eq!(corredor_width(Some("other"), Some(375.0)), None);
        assert_eq!(corredor_width(Some("corredor:width"), Some(100.0)), None);
        assert_eq!(corredor_width(Some("corredor:width"), None), None);
    }

    #[test]
    fn the_snippet_frames_the_embed_page_of_its_language_and_links_the_full_page() {
        let site = Site {
            root: "https://news.example/corredor/",
            built: true,
            here: "https://news.example/corredor/en/",
            statement: None,
        };
        let view = ViewState {
            lang: Some(Lang::En),
            selection: Some(crate::state::url::Selection::Place("honduras".into())),
            ..ViewState::default()
        };
        let snippet = snippet(&view, "A \"quoted\" title", &site);
        assert!(snippet.contains(
            "src=\"https://news.example/corredor/embed/en/?lang=en&place=honduras&embed=1\""
        ));
        assert!(snippet.contains("title=\"A &quot;quoted&quot; title\""));
        assert!(snippet.contains("<a href=\"https://news.example/corredor/en/\"><img src=\"https://news.example/corredor/images/map-en-2x.png\""));
        assert!(snippet.contains("<script src=\"https://news.example/corredor/embed.js\" async>"));
        // A pinned statement: its own embed page, picture and full page.
        let pinned = ViewState {
            statement: Some("2024-01-26-follow-up".into()),
            pinned: true,
            ..ViewState::default()
        };
        let follow_up = Site {
            statement: Some("2024-01-26-follow-up"),
            ..site
        };
        let snippet = super::snippet(&pinned, "T", &follow_up);
        assert!(snippet.contains(
            "src=\"https://news.example/corredor/statements/2024-01-26-follow-up/embed/?statement=2024-01-26-follow-up&embed=1&pin=1\""
        ), "{snippet}");
        assert!(snippet.contains("<a href=\"https://news.example/corredor/statements/2024-01-26-follow-up/\"><img src=\"https://news.example/corredor/statements/2024-01-26-follow-up/images/map-es-2x.png\""), "{snippet}");
        let spanish = super::snippet(&ViewState::default(), "T", &site);
        assert!(spanish.contains("src=\"https://news.example/corredor/embed/?embed=1\""));
        assert!(spanish.contains("<a href=\"https://news.example/corredor/\">"));
        let development = super::snippet(
            &ViewState::default(),
            "T",
            &Site {
                built: false,
                ..site
            },
        );
        assert!(development.contains("src=\"https://news.example/corredor/en/?embed=1\""));
    }
}
