/// The LaTeX for the characters Word's equations use, and what kind of token each is.
/// Only commands that LaTeX, KaTeX and MathJax all know.
package enum MathSymbols {
    /// Greek letters with a LaTeX command. Capitals that look Latin (Α, Β …) are written as
    /// the Latin letter.
    package static let greek: [Character: String] = [
        "α": "\\alpha", "β": "\\beta", "γ": "\\gamma", "δ": "\\delta", "ε": "\\varepsilon", "ϵ": "\\epsilon",
        "ζ": "\\zeta", "η": "\\eta", "θ": "\\theta", "ϑ": "\\vartheta", "ι": "\\iota", "κ": "\\kappa", "λ": "\\lambda",
        "μ": "\\mu", "µ": "\\mu", "ν": "\\nu", "ξ": "\\xi", "ο": "o", "π": "\\pi", "ϖ": "\\varpi", "ρ": "\\rho", "ϱ": "\\varrho",
        "σ": "\\sigma", "ς": "\\varsigma", "τ": "\\tau", "υ": "\\upsilon", "φ": "\\varphi", "ϕ": "\\phi", "χ": "\\chi",
        "ψ": "\\psi", "ω": "\\omega",
        "Γ": "\\Gamma", "Δ": "\\Delta", "Θ": "\\Theta", "Λ": "\\Lambda", "Ξ": "\\Xi", "Π": "\\Pi", "Σ": "\\Sigma",
        "Υ": "\\Upsilon", "Φ": "\\Phi", "Ψ": "\\Psi", "Ω": "\\Omega",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
        "Τ": "T", "Χ": "X",
    ]

    /// Operators, relations, arrows and other symbols.
    package static let symbols: [Character: String] = [
        "×": "\\times", "÷": "\\div", "±": "\\pm", "∓": "\\mp", "·": "\\cdot", "⋅": "\\cdot", "∙": "\\bullet", "∗": "\\ast",
        "−": "-", "∘": "\\circ", "⊕": "\\oplus", "⊗": "\\otimes", "⊙": "\\odot", "†": "\\dagger", "‡": "\\ddagger", "⋆": "\\star",
        "≤": "\\leq", "≥": "\\geq", "≦": "\\leqq", "≧": "\\geqq", "⩽": "\\leqslant", "⩾": "\\geqslant", "≠": "\\neq",
        "≈": "\\approx", "≡": "\\equiv", "∼": "\\sim", "≃": "\\simeq", "≅": "\\cong", "∝": "\\propto", "≪": "\\ll", "≫": "\\gg",
        "≲": "\\lesssim", "≳": "\\gtrsim", "≺": "\\prec", "≻": "\\succ", "≜": "\\triangleq", "≐": "\\doteq", "≔": "\\coloneqq",
        "∈": "\\in", "∉": "\\notin", "∋": "\\ni", "⊂": "\\subset", "⊃": "\\supset", "⊆": "\\subseteq", "⊇": "\\supseteq",
        "⊄": "\\not\\subset", "∪": "\\cup", "∩": "\\cap", "∖": "\\setminus", "∅": "\\emptyset", "∀": "\\forall",
        "∃": "\\exists", "∄": "\\nexists", "¬": "\\neg", "∧": "\\wedge", "∨": "\\vee", "⊥": "\\perp", "∥": "\\parallel",
        "∣": "\\mid", "∠": "\\angle", "⊢": "\\vdash", "⊨": "\\models", "⊤": "\\top", "∴": "\\therefore", "∵": "\\because",
        "→": "\\rightarrow", "←": "\\leftarrow", "↔": "\\leftrightarrow", "⇒": "\\Rightarrow", "⇐": "\\Leftarrow",
        "⇔": "\\Leftrightarrow", "↦": "\\mapsto", "⟶": "\\longrightarrow", "⟵": "\\longleftarrow", "⟹": "\\Longrightarrow",
        "⟸": "\\Longleftarrow", "⟺": "\\Longleftrightarrow", "↑": "\\uparrow", "↓": "\\downarrow", "⇑": "\\Uparrow",
        "⇓": "\\Downarrow", "↗": "\\nearrow", "↘": "\\searrow", "⇌": "\\rightleftharpoons",
        "∞": "\\infty", "∂": "\\partial", "∇": "\\nabla", "ℓ": "\\ell", "ℏ": "\\hbar", "ℜ": "\\Re", "ℑ": "\\Im",
        "ℵ": "\\aleph", "℘": "\\wp", "√": "\\surd", "°": "^{\\circ}", "′": "'", "″": "''", "‴": "'''",
        "…": "\\ldots", "⋯": "\\cdots", "⋮": "\\vdots", "⋱": "\\ddots",
        "ℕ": "\\mathbb{N}", "ℤ": "\\mathbb{Z}", "ℚ": "\\mathbb{Q}", "ℝ": "\\mathbb{R}", "ℂ": "\\mathbb{C}",
        "⟨": "\\langle", "⟩": "\\rangle", "〈": "\\langle", "〉": "\\rangle", "⌊": "\\lfloor", "⌋": "\\rfloor",
        "⌈": "\\lceil", "⌉": "\\rceil", "‖": "\\Vert", "|": "\\vert",
        "∑": "\\sum", "∏": "\\prod", "∐": "\\coprod", "∫": "\\int", "∬": "\\iint", "∭": "\\iiint", "∮": "\\oint",
        "∯": "\\oiint", "∰": "\\oiiint", "⋃": "\\bigcup", "⋂": "\\bigcap", "⋁": "\\bigvee", "⋀": "\\bigwedge",
        "⨁": "\\bigoplus", "⨂": "\\bigotimes", "⨀": "\\bigodot", "⨄": "\\biguplus", "⨆": "\\bigsqcup",
        // LaTeX's own special characters, and `<` `>` spelled so no Markdown or HTML reader takes them for a tag.
        "#": "\\#", "$": "\\$", "%": "\\%", "&": "\\&", "_": "\\_", "{": "\\{", "}": "\\}", "~": "\\sim",
        "^": "\\hat{}", "\\": "\\backslash", "<": "\\lt", ">": "\\gt",
        // Spaces Word's equation editor inserts.
        "\u{2009}": "\\,", "\u{2006}": "\\,", "\u{205F}": "\\:", "\u{2005}": "\\:", "\u{2004}": "\\;",
        "\u{2002}": "\\enspace", "\u{2003}": "\\quad", "\u{200B}": "", "\u{2061}": "", "\u{2062}": "", "\u{2063}": "",
        "\u{2064}": "",
    ]

    /// Function names LaTeX writes upright with their own command.
    package static let functions: Set<String> = [
        "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "det", "dim", "exp", "gcd",
        "hom", "inf", "ker", "lg", "lim", "liminf", "limsup", "ln", "log", "max", "min", "Pr", "sec", "sin", "sinh",
        "sup", "tan", "tanh",
    ]

    /// Operators that take their limits under and over in LaTeX's display style.
    package static let sumLike: Set<String> = ["∑", "∏", "∐", "⋃", "⋂", "⋁", "⋀", "⨁", "⨂", "⨀", "⨄", "⨆"]

    /// LaTeX accent commands by Word's accent character (combining or spacing), and the wide
    /// form for a base of more than one character.
    package static func accent(_ c: String) -> (narrow: String, wide: String)? {
        switch c.unicodeScalars.first?.value ?? 0 {
        case 0x0302, 0x005E, 0x02C6: return ("\\hat", "\\widehat")
        case 0x0303, 0x007E, 0x02DC: return ("\\tilde", "\\widetilde")
        case 0x0304, 0x0305, 0x00AF, 0x203E: return ("\\bar", "\\overline")
        case 0x0307, 0x02D9: return ("\\dot", "\\dot")
        case 0x0308, 0x00A8: return ("\\ddot", "\\ddot")
        case 0x030C, 0x02C7: return ("\\check", "\\check")
        case 0x0301, 0x00B4: return ("\\acute", "\\acute")
        case 0x0300, 0x0060: return ("\\grave", "\\grave")
        case 0x0306, 0x02D8: return ("\\breve", "\\breve")
        case 0x030A, 0x02DA: return ("\\mathring", "\\mathring")
        case 0x20D7, 0x2192: return ("\\vec", "\\overrightarrow")
        case 0x20D6, 0x2190: return ("\\overleftarrow", "\\overleftarrow")
        case 0x20E1, 0x2194: return ("\\overleftrightarrow", "\\overleftrightarrow")
        default: return nil
        }
    }

    /// The spacing form of an accent, for MathML's `<mo>` (a combining mark alone has no width).
    package static func spacingAccent(_ c: String) -> String {
        switch c.unicodeScalars.first?.value ?? 0 {
        case 0x0302: return "\u{02C6}"
        case 0x0303: return "\u{02DC}"
        case 0x0304, 0x0305: return "\u{00AF}"
        case 0x0307: return "\u{02D9}"
        case 0x0308: return "\u{00A8}"
        case 0x030C: return "\u{02C7}"
        case 0x0301: return "\u{00B4}"
        case 0x0300: return "\u{0060}"
        case 0x0306: return "\u{02D8}"
        case 0x030A: return "\u{02DA}"
        case 0x20D7: return "\u{2192}"
        case 0x20D6: return "\u{2190}"
        case 0x20E1: return "\u{2194}"
        default: return c
        }
    }

    /// The LaTeX for a delimiter after `\left` or `\right`; `.` for none or one LaTeX cannot stretch.
    package static func delimiter(_ s: String) -> String {
        switch s {
        case "(", ")", "[", "]", "/": return s
        case "{": return "\\{"
        case "}": return "\\}"
        case "|": return "\\vert"
        case "‖": return "\\Vert"
        case "⟨", "〈": return "\\langle"
        case "⟩", "〉": return "\\rangle"
        case "⌊": return "\\lfloor"
        case "⌋": return "\\rfloor"
        case "⌈": return "\\lceil"
        case "⌉": return "\\rceil"
        default: return "."
        }
    }

    /// Symbols that are identifiers, not operators.
    static let ordinary: Set<Character> = ["∞", "∂", "∇", "ℓ", "ℏ", "ℜ", "ℑ", "ℵ", "∅", "′", "″", "‴", "℘"]

    /// A character MathML writes as an operator (`<mo>`) rather than an identifier or number.
    package static func isOperator(_ c: Character) -> Bool {
        if c.isLetter || c.isNumber { return false }
        return !ordinary.contains(c)
    }
}
