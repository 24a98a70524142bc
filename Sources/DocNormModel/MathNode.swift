/// An equation, as a tree close to Word's own (OMML): what the writers render as LaTeX,
/// MathML or linear text. Readers build it; nothing in it depends on the source format.
public indirect enum MathNode: Sendable, Equatable {
    /// Pieces side by side.
    case row([MathNode])
    /// A run of characters with its style (`x+1`, `sin`, a text run).
    case run(String, MathRunStyle)
    /// A numerator over a denominator, drawn as the kind says.
    case fraction(MathNode, MathNode, MathFractionKind)
    /// A base with a subscript, a superscript or both.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// Scripts written before the base (`ₐᵇX`).
    case prescripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// A root of `base`; no degree is a square root.
    case radical(degree: MathNode?, base: MathNode)
    /// A large operator (∑ ∫ ∏ …) with its limits, applied to `base`.
    case nary(MathNary)
    /// Items between two delimiters (an empty string is no delimiter), separated by `separator`.
    case delimited(open: String, close: String, separator: String, items: [MathNode])
    /// Rows of cells.
    case matrix([[MathNode]])
    /// Equations one under the other; `&` in their runs marks the alignment points.
    case equationArray([MathNode])
    /// An accent character over the base (`x̂`, `ẋ`, `x⃗`).
    case accent(String, base: MathNode)
    /// A line over or under the base.
    case bar(MathNode, over: Bool)
    /// A stretched character (a brace by default) over or under the base.
    case groupCharacter(String, base: MathNode, over: Bool)
    /// A limit under or over the base (`lim` with `n→∞` under it).
    case limit(base: MathNode, limit: MathNode, over: Bool)
    /// A function name applied to an argument (`sin θ`, `log x`).
    case function(name: MathNode, argument: MathNode)
    /// The base with a border around it.
    case boxed(MathNode)
}

/// How a run's characters look, from Word's math run properties.
public struct MathRunStyle: Sendable, Equatable {
    /// Ordinary text, not math (`m:nor`): words in an equation.
    public var isText: Bool
    /// Bold or italic, as `m:sty` says.
    public var weight: MathWeight
    /// The alphabet (script, fraktur, double-struck …), as `m:scr` says.
    public var script: MathScript

    /// A run style; the defaults are Word's: math style, roman alphabet.
    public init(isText: Bool = false, weight: MathWeight = .math, script: MathScript = .roman) {
        self.isText = isText
        self.weight = weight
        self.script = script
    }
}

/// Word's `m:sty`: `.math` is its default, letters italic and digits upright.
public enum MathWeight: String, Sendable, Equatable {
    /// Word's math run styles: `math` (letters italic, digits upright), plain, bold, italic, bold italic.
    case math, plain, bold, italic, boldItalic
}

/// Word's `m:scr`.
public enum MathScript: String, Sendable, Equatable {
    /// Word's math alphabets: roman (ordinary), script, fraktur, double-struck, sans-serif, monospace.
    case roman, script, fraktur, doubleStruck, sansSerif, monospace
}

/// How a fraction is drawn (Word's `m:type`).
public enum MathFractionKind: String, Sendable, Equatable {
    /// A stacked fraction with a bar.
    case bar
    /// `a/b` on one line.
    case linear
    /// A diagonal fraction.
    case skewed
    /// Stacked without a bar.
    case noBar
}

/// A large operator (∑ ∫ ∏ …) with its limits and the expression it applies to.
public struct MathNary: Sendable, Equatable {
    /// The operator character: ∑, ∫, ∏, ∮ …
    public var symbol: String
    /// The lower limit, if any.
    public var sub: MathNode?
    /// The upper limit, if any.
    public var sup: MathNode?
    /// The limits go under and over the operator rather than beside it.
    public var limitsUnderOver: Bool?
    /// The expression the operator applies to.
    public var base: MathNode

    /// An operator `symbol` with its limits, applied to `base`.
    public init(symbol: String, sub: MathNode?, sup: MathNode?, limitsUnderOver: Bool?, base: MathNode) {
        self.symbol = symbol
        self.sub = sub
        self.sup = sup
        self.limitsUnderOver = limitsUnderOver
        self.base = base
    }
}

/// An equation in the model: the tree for MathML, and the LaTeX and linear text made from it
/// once, when it was read.
public struct Math: Sendable, Equatable {
    /// Set apart on its own line (Word's display equation) rather than inside a sentence.
    public var display: Bool
    /// The equation's structure, from which MathML is written.
    public var tree: MathNode
    /// The equation as LaTeX, as Markdown writes it between `$` delimiters.
    public var latex: String
    /// Readable text that keeps the structure: `mλ/a`, `2.2×10^(-4)`.
    public var text: String

    /// An equation; its LaTeX and linear text are made from `tree` here, once.
    public init(display: Bool, tree: MathNode) {
        self.display = display
        self.tree = tree
        self.latex = MathLaTeX.render(tree)
        self.text = MathLinearText.render(tree)
    }
}

extension MathNode {
    /// A node that shows nothing: an empty row or run.
    package var isEmpty: Bool {
        switch self {
        case .row(let items): return items.allSatisfy(\.isEmpty)
        case .run(let s, _): return s.isEmpty
        default: return false
        }
    }

    /// Nested rows flattened, empty pieces dropped and runs of one style joined (Word splits
    /// a word over several runs); a row of one is that one.
    package var simplified: MathNode {
        guard case .row = self else { return self }
        var items: [MathNode] = []
        func add(_ n: MathNode) {
            if case .row(let inner) = n { inner.forEach(add); return }
            guard !n.isEmpty else { return }
            if case .run(let s, let style) = n, case .run(let t, let previous)? = items.last, previous == style {
                items[items.count - 1] = .run(t + s, style)
            } else {
                items.append(n)
            }
        }
        add(self)
        return items.count == 1 ? items[0] : .row(items)
    }
}
