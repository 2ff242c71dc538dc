//! The interface's languages. A leaf: every other module may use it, it uses none of them.

/// A language the interface speaks. Spanish comes first: it is the source's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Spanish, the language of the statement.
    Es,
    /// English; dataset texts in English are translations.
    En,
}

impl Lang {
    /// Both languages, in the order the switch offers them.
    pub const ALL: [Lang; 2] = [Lang::Es, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and the URL.
    ///
    /// ```
    /// use corredor_core::i18n::Lang;
    /// assert_eq!(Lang::En.code(), "en");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// Reads a tag such as `en`, `en-GB` or `ES`; anything else is `None`.
    ///
    /// ```
    /// use corredor_core::i18n::Lang;
    /// assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
    /// assert_eq!(Lang::from_tag("fr"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "es" => Some(Lang::Es),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language: what the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Es => Lang::En,
            Lang::En => Lang::Es,
        }
    }

    /// The language's own name, as the switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Es => "Español",
            Lang::En => "English",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_through_code() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
    }

    #[test]
    fn region_and_case_do_not_matter_but_other_languages_are_refused() {
        assert_eq!(Lang::from_tag("ES-mx"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("en_US"), Some(Lang::En));
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("pt-BR"), None);
    }
}
