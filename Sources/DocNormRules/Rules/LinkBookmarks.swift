import DocNormModel

/// Internal links of a Word document (`w:hyperlink w:anchor`, a thesis's `[1]` to its
/// reference `ref_1`) go where their bookmark is in the output: a link to a heading's
/// bookmark points to the heading's anchor (the id GitHub derives from its text, which the
/// heading then carries); a paragraph that a link points to keeps that bookmark, which the
/// writers emit as an anchor. A link to a bookmark the output does not have keeps its text,
/// unlinked; bookmarks no link points to are dropped (every Word heading has a `_Toc` one).
/// Only .docx sources: Markdown's and HTML's own links point to ids this rule cannot see.
/// Reports nothing.
package struct LinkBookmarks: Rule {
    package let name = "link-bookmarks"
    package let phase = RulePhase.assembly
    package let requires = ["assemble-blocks"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.metadata.sourceFormat == "docx" || workspace.metadata.sourceFormat == "doc" else { return }
        var targets = Set<String>()
        var marked = false
        for block in workspace.blocks { Self.survey(block, targets: &targets, marked: &marked) }
        for note in workspace.notes { for block in note.blocks { Self.survey(block, targets: &targets, marked: &marked) } }
        guard !targets.isEmpty || marked else { return }
        // Where each bookmark a link points to goes: a heading's anchor or the bookmark itself.
        var destination: [String: String] = [:]
        // Anchors that stand already (a kept table of contents points to its headings).
        var anchors = Set<String>()
        // Every heading's anchor, found when a link first leads to a heading.
        var headingAnchors: [Int: String]?
        for i in workspace.blocks.indices {
            guard case .heading(var h) = workspace.blocks[i] else { continue }
            if let a = h.anchor { anchors.insert(a) }
            guard !h.bookmarks.isEmpty else { continue }
            let wanted = h.bookmarks.filter { targets.contains($0) && destination[$0] == nil }
            if !wanted.isEmpty, headingAnchors == nil, h.anchor == nil { headingAnchors = AssembleBlocks.headingAnchors(workspace.blocks) }
            if !wanted.isEmpty, let a = h.anchor ?? headingAnchors?[i] {
                h.anchor = a
                anchors.insert(a)
                for name in wanted { destination[name] = a }
            }
            h.bookmarks = []
            workspace.blocks[i] = .heading(h)
        }
        func keepTargeted(_ block: inout Block) {
            block.mapParagraphs(code: true) { p in
                guard !p.hints.bookmarks.isEmpty else { return }
                let wanted = p.hints.bookmarks.filter { targets.contains($0) && destination[$0] == nil }
                for name in wanted { destination[name] = name }
                p.hints.bookmarks = wanted
            }
        }
        for i in workspace.blocks.indices { keepTargeted(&workspace.blocks[i]) }
        for n in workspace.notes.indices { for k in workspace.notes[n].blocks.indices { keepTargeted(&workspace.notes[n].blocks[k]) } }
        guard !targets.isEmpty else { return }
        func relink(_ content: [Inline]) -> [Inline] {
            guard content.contains(where: { $0.children != nil }) else { return content }
            return content.flatMap { inline -> [Inline] in
                if case .link(let url, let c) = inline, url.hasPrefix("#") {
                    let name = String(url.dropFirst())
                    if anchors.contains(name) { return [.link(url: url, content: relink(c))] }
                    guard let to = destination[name] else { return relink(c) }
                    return [.link(url: "#" + to, content: relink(c))]
                }
                return inline.children.map { [inline.replacingChildren(relink($0))] } ?? [inline]
            }.pruned()
        }
        func relinkBlock(_ block: inout Block) {
            block.mapParagraphs(code: true) { p in p.content = relink(p.content) }
        }
        for i in workspace.blocks.indices { relinkBlock(&workspace.blocks[i]) }
        for n in workspace.notes.indices { for k in workspace.notes[n].blocks.indices { relinkBlock(&workspace.notes[n].blocks[k]) } }
    }

    /// The bookmark names links point to (`#name`), and whether any paragraph or heading has a bookmark.
    static func survey(_ block: Block, targets: inout Set<String>, marked: inout Bool) {
        func links(_ content: [Inline]) {
            for inline in content {
                if case .link(let url, _) = inline, url.hasPrefix("#") { targets.insert(String(url.dropFirst())) }
                if let c = inline.children { links(c) }
            }
        }
        switch block {
        case .heading(let h):
            if !h.bookmarks.isEmpty { marked = true }
            links(h.content)
        case .paragraph(let p):
            if !p.hints.bookmarks.isEmpty { marked = true }
            links(p.content)
        case .list(let l):
            for item in l.items { for b in item.blocks { survey(b, targets: &targets, marked: &marked) } }
        case .table(let t):
            for row in t.rows { for cell in row.cells { for b in cell.blocks { survey(b, targets: &targets, marked: &marked) } } }
        case .blockQuote(let blocks):
            for b in blocks { survey(b, targets: &targets, marked: &marked) }
        case .thematicBreak:
            break
        }
    }
}
