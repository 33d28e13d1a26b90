//! Undoing what Quitter's phone export does to text, as far as it can be undone.
//!
//! On Android and iOS, Quitter saves its export with `Uint8List.fromList(json.codeUnits)`
//! (`lib/settings_page.dart`): each UTF-16 code unit of the JSON text is cut to its low byte.
//! ASCII survives; "é" (U+00E9) becomes the byte E9, which is not UTF-8 (Quitter itself then
//! cannot read the file back); "’" (U+2019) becomes the control byte 19; an emoji's surrogate
//! pair D83D DE00 becomes "=" and a NUL; "р" (U+0440) becomes "@" without a trace. Dart's
//! `jsonEncode` writes no whitespace and escapes every control character, so a raw control byte
//! can only be such a remnant.
//!
//! So: a file that is UTF-8 and holds no raw control byte is read as it is. Otherwise each byte
//! is taken as the character with that number (exact for U+0000..=U+00FF, Latin-1, which covers
//! most Western European text), except control bytes and bytes 80..=9F, which can only be
//! remnants of other characters and become U+FFFD. Line breaks and tabs stay, as JSON whitespace
//! between values; inside a string they make the JSON fail to parse, and the file is refused.
//! Damage that hides as ASCII (a remnant that is a quote or a backslash breaks the JSON; one
//! that is a letter does not) cannot be seen, which is why the reader marks every non-ASCII
//! name and note of a damaged file.

/// The file's text and what decoding it took.
pub(super) struct Decoded {
    /// The text to parse.
    pub text: String,
    /// True when the bytes were the phone export's low bytes, not UTF-8.
    pub damaged: bool,
    /// Characters that could not be recovered and became U+FFFD.
    pub replaced: usize,
}

/// Whether a byte is a control character that JSON whitespace does not explain.
fn is_stray_control(byte: u8) -> bool {
    byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r')
}

/// Reads an export's bytes as UTF-8 when they are clean, or recovers the low-byte text.
pub(super) fn decode(bytes: &[u8]) -> Decoded {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if !bytes.iter().copied().any(is_stray_control)
        && let Ok(text) = std::str::from_utf8(bytes)
    {
        return Decoded {
            text: text.to_owned(),
            damaged: false,
            replaced: 0,
        };
    }
    let mut replaced = 0;
    let text = bytes
        .iter()
        .map(|&byte| {
            if is_stray_control(byte) || (0x80..=0x9F).contains(&byte) {
                replaced += 1;
                char::REPLACEMENT_CHARACTER
            } else {
                char::from(byte)
            }
        })
        .collect();
    Decoded {
        text,
        damaged: true,
        replaced,
    }
}
