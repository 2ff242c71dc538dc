//! Where in a JSON document a line and column fall, as a path such as `events[2].date.end`.
//!
//! serde_json reports errors by line and column; readers and editors of the dataset need
//! the path. This scanner walks the text up to that point, tracking objects, keys and array
//! indices. (A small scanner instead of wrapping the deserializer keeps the wasm small.)
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

enum Container {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The path of the innermost value being read at (`line`, `column`), both 1-based, the
/// column counted in bytes as serde_json counts it; `$` at the root.
///
/// ```
/// use corredor_core::data::json_path::path_at;
/// let text = "{\"a\": [1, {\"b\": true}]}";
/// assert_eq!(path_at(text, 1, 20), "a[1].b");
/// ```
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let mut stack: Vec<Container> = Vec::new();
    let mut chars = text.chars();
    let (mut current_line, mut current_column) = (1usize, 0usize);
    while let Some(c) = chars.next() {
        if c == '\n' {
            current_line += 1;
            current_column = 0;
        } else {
            // serde_json counts columns in bytes.
            current_column += c.len_utf8();
        }
        if current_line > line || (current_line == line && current_column >= column) {
            break;
        }
        match c {
            '{' => stack.push(Container::Object {
                key: None,
                expecting_key: true,
            }),
            '[' => stack.push(Container::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Container::Array { index }) => *index += 1,
                Some(Container::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            ':' => {
                if let Some(Container::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            '"' => {
                let mut string = String::new();
                let mut escaped = false;
                for inner in chars.by_ref() {
                    current_column += inner.len_utf8();
                    match (escaped, inner) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        (_, other) => {
                            string.push(other);
                            escaped = false;
                        }
                    }
                }
                if let Some(Container::Object {
                    key,
                    expecting_key: true,
                }) = stack.last_mut()
                {
                    *key = Some(string);
                }
            }
            _ => {}
        }
    }
    let mut path = String::new();
    for container in &stack {
        match container {
            Container::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Container::Object { key: None, .. } => {}
            Container::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        "$".to_owned()
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_through_objects_and_arrays() {
        let text = "{\n  \"places\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"population\": 1}\n  ]\n}";
        assert_eq!(path_at(text, 4, 32), "places[1].population");
        assert_eq!(path_at(text, 3, 12), "places[0].id");
        assert_eq!(path_at(text, 1, 1), "$");
    }

    #[test]
    fn escaped_quotes_and_brackets_inside_strings_do_not_confuse_it() {
        let text = r#"{"a": "x\"]}[", "b": [0, 0, 7]}"#;
        assert_eq!(path_at(text, 1, text.len() - 2), "b[2]");
    }

    #[test]
    fn columns_are_bytes_like_serde_json() {
        let text = "{\"ñandú\": [1, 2]}";
        let error = serde_json::from_str::<std::collections::HashMap<String, Vec<String>>>(text)
            .unwrap_err();
        assert_eq!(path_at(text, error.line(), error.column()), "ñandú[0]");
    }

    #[test]
    fn positions_past_the_end_give_the_open_containers() {
        assert_eq!(path_at("{\"a\": [1, 2", 9, 9), "a[1]");
        assert_eq!(path_at("", 1, 1), "$");
    }
}
