/// Text as rules compare it, whatever spacing a document used (`目\u{2003}\u{2003}次`,
/// `第二部分   投标人须知`).
enum TextKey {
    /// Without any white space.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// A heading or a contents entry as the contents write it: squeezed, no closing 。.
    static func heading(_ text: String) -> String {
        var out = squeezed(text)
        while out.hasSuffix("。") { out.removeLast() }
        return out
    }
}
