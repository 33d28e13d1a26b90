"""What UniFFI's generated Swift declares, read with regular expressions.

The hand-written iOS shell may only call what CairnCore.swift and CairnCoreTypes.swift declare.
There is no Swift compiler on this project's machines, so check_swift_api.py compares the
shell's calls with this reading instead. UniFFI's output is regular (one declaration per line,
doc comments that we strip first), which is why regular expressions are enough here; the
hand-written side, which is not regular, is read with tree-sitter.

If UniFFI changes its output format, `load` reads nothing and check_swift_api.py stops with a
message saying so, rather than passing because it found nothing to compare.
"""

import dataclasses
import pathlib
import re

COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


@dataclasses.dataclass(frozen=True)
class Param:
    """One parameter of a function, initialiser or enum case as the caller writes it."""

    label: str  # "_" when the caller writes no label
    type: str  # as written, e.g. "RecordId?"
    has_default: bool = False


@dataclasses.dataclass
class Api:
    """Everything the hand-written Swift may name from the generated module."""

    classes: dict[str, dict[str, list[Param]]]  # open class -> method -> parameters
    statics: dict[str, dict[str, list[Param]]]  # open class -> static constructor -> parameters
    protocols: dict[str, dict[str, list[Param]]]  # foreign trait (KeyStore) -> requirements
    functions: dict[str, list[Param]]  # public free functions
    enums: dict[str, dict[str, list[Param]]]  # enum -> case -> associated values
    records: dict[str, dict[str, str]]  # struct -> field -> type (in declaration order)
    inits: dict[str, list[Param]]  # struct -> its public memberwise initialiser
    aliases: dict[str, str]  # typealias -> what it stands for (NaiveDate -> String)

    def bare(self, written: str | None) -> str | None:
        """`CairnCore.Settings?` -> `Settings`; an array or dictionary type -> None."""
        if written is None:
            return None
        text = written.strip().rstrip("?!").strip().removeprefix("CairnCore.")
        return None if text.startswith("[") else text

    def element(self, written: str | None) -> str | None:
        """`[Trigger]?` -> `Trigger`: the element type of an array, else None."""
        if written is None:
            return None
        text = written.strip().rstrip("?!").strip()
        if text.startswith("[") and text.endswith("]") and ":" not in text:
            return self.bare(text[1:-1])
        return None

    def is_generated(self, name: str | None) -> bool:
        return name is not None and (
            name in self.classes or name in self.enums or name in self.records
            or name in self.protocols
        )


def split_top(text: str) -> list[str]:
    """Splits on commas outside brackets: `a: [String], b: Date?` -> two parts."""
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "([<":
            depth += 1
        elif char in ")]>":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    if current.strip():
        parts.append(current)
    return [part.strip() for part in parts]


def params(text: str, in_case: bool = False) -> list[Param]:
    """`_ value: T, path: String = nil` -> [Param("_", "T"), Param("path", "String", True)].
    In a function the first word is the label; in an enum case a lone type has no label."""
    found = []
    for part in split_top(text):
        default = "=" in part
        declared = part.split("=")[0].strip()
        if ":" not in declared:
            found.append(Param("_", declared, default))
            continue
        names, written = declared.split(":", 1)
        words = names.split()
        label = words[0] if words else "_"
        found.append(Param(label, written.strip(), default))
    return found


def parenthesised(text: str, opening: int) -> tuple[str, int]:
    """The text inside the parentheses opening at `opening`, and the index after them."""
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return text[opening + 1:index], index + 1
    raise ValueError("unbalanced parentheses in the generated Swift")


def block(text: str, start: int) -> str:
    """The body of the declaration whose `{` is at or after `start`, to its matching `}`."""
    opening = text.index("{", start)
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return text[opening + 1:index]
    raise ValueError("unbalanced braces in the generated Swift")


def top_level(body: str) -> str:
    """The body with nested `{...}` blocks removed, so only its own declarations remain."""
    kept, depth = [], 0
    for char in body:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def functions_in(body: str, pattern: str) -> dict[str, list[Param]]:
    found = {}
    for match in re.finditer(pattern, body, re.M):
        inside, _ = parenthesised(body, match.end() - 1)
        name = match.group(1)
        if not name.startswith(("uniffi", "FfiConverter")):
            found[name] = params(inside)
    return found


def load(files: list[pathlib.Path]) -> Api:
    text = COMMENT.sub("", "\n".join(path.read_text() for path in files))
    api = Api({}, {}, {}, {}, {}, {}, {}, {})
    for found in re.finditer(r"^open\s+class\s+(\w+)\b", text, re.M):
        body = top_level(block(text, found.end()))
        api.classes[found.group(1)] = functions_in(body, r"^\s*open\s+func\s+(\w+)\s*\(")
        api.statics[found.group(1)] = functions_in(body, r"^\s*public\s+static\s+func\s+(\w+)\s*\(")
    for found in re.finditer(r"^public\s+protocol\s+(\w+)\s*:", text, re.M):
        name = found.group(1)
        if not name.endswith("Protocol") and not name.startswith(("Ffi", "Uniffi")):
            api.protocols[name] = functions_in(block(text, found.end()), r"^\s*func\s+(\w+)\s*\(")
    api.functions = functions_in(text, r"^public\s+func\s+(\w+)\s*\(")
    for found in re.finditer(r"^public\s+enum\s+(\w+)\b", text, re.M):
        body = block(text, found.end())
        cases = {}
        for case in re.finditer(r"^[ \t]*case[ \t]+(\w+)[ \t]*(\()?", body, re.M):
            inside = parenthesised(body, case.end() - 1)[0] if case.group(2) else ""
            cases[case.group(1)] = params(inside, in_case=True)
        api.enums[found.group(1)] = cases
    for found in re.finditer(r"^public\s+struct\s+(\w+)\s*:\s*Equatable", text, re.M):
        body = block(text, found.end())
        fields = re.findall(r"^\s*public\s+var\s+(\w+)\s*:\s*([^\n{=]+)", top_level(body), re.M)
        api.records[found.group(1)] = {name: kind.strip() for name, kind in fields}
        init = re.search(r"^\s*public\s+init\s*\(", body, re.M)
        if init:
            api.inits[found.group(1)] = params(parenthesised(body, init.end() - 1)[0])
    for found in re.finditer(r"^public\s+typealias\s+(\w+)\s*=\s*(\w+)", text, re.M):
        api.aliases[found.group(1)] = found.group(2)
    return api
