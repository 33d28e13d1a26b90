"""Parse every hand-written Swift file in the repository and fail on any syntax error.

There is no Swift compiler on this project's machines, so this is the guard the iOS code has
here: tree-sitter-swift parses each file, and any ERROR or MISSING node fails the run with its
file and line. Generated bindings (under build/) are not checked: UniFFI's output trips known
false errors in the grammar. Before checking the repository, the script checks itself on two
fixtures, one valid and one broken, so a checker that accepts everything cannot pass.
"""

import pathlib
import sys

import tree_sitter
import tree_sitter_swift

ROOT = pathlib.Path(__file__).resolve().parent.parent
SKIPPED = {"build", "target", ".git", "node_modules"}
FIXTURES = ROOT / "tests" / "swift-check"


def parser() -> tree_sitter.Parser:
    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_swift.language()))


def problems(source: bytes, swift: tree_sitter.Parser) -> list[str]:
    found = []
    stack = [swift.parse(source).root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            kind = "missing " + node.type if node.is_missing else "syntax error"
            found.append(f"line {node.start_point[0] + 1}: {kind}")
        elif node.has_error:
            stack.extend(node.children)
    return sorted(found)


def swift_files() -> list[pathlib.Path]:
    return sorted(
        path for path in ROOT.rglob("*.swift")
        if not SKIPPED.intersection(path.relative_to(ROOT).parts)
    )


def main() -> int:
    swift = parser()
    if problems((FIXTURES / "valid.swift.fixture").read_bytes(), swift):
        print("swift check self-test: a valid file was rejected")
        return 1
    if not problems((FIXTURES / "broken.swift.fixture").read_bytes(), swift):
        print("swift check self-test: a broken file was accepted")
        return 1
    failed = 0
    files = swift_files()
    for path in files:
        found = problems(path.read_bytes(), swift)
        for problem in found:
            print(f"{path.relative_to(ROOT)}: {problem}")
        failed += bool(found)
    print(f"swift syntax: {len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
