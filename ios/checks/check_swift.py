"""Parse every hand-written Swift file in the repository, then check its use of the bindings.

There is no Swift compiler on this project's machines, so this is the guard the iOS code has
here. First, tree-sitter-swift parses each file, and any ERROR or MISSING node fails the run with
its file and line. Generated bindings (under build/) are not parsed: UniFFI's output trips known
false errors in the grammar. Before checking the repository, the script checks itself on two
fixtures, one valid and one broken, so a checker that accepts everything cannot pass.

Then check_swift_api.py compares every call into the generated bindings with what they
declare (build/generated/swift, or --bindings DIR, or $CAIRN_SWIFT_BINDINGS); its docstring
says what that can and cannot catch. ios/check.sh runs this file.

Usage: check_swift.py [--bindings DIR] [--syntax-only]
"""

import argparse
import pathlib
import sys

import tree_sitter
import tree_sitter_swift

import check_swift_api

ROOT = pathlib.Path(__file__).resolve().parents[2]
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


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--bindings", type=pathlib.Path, default=check_swift_api.default_bindings(),
                         help="the folder with the generated CairnCore.swift and CairnCoreTypes.swift")
    options.add_argument("--syntax-only", action="store_true",
                         help="parse only; skip the check against the generated bindings")
    args = options.parse_args(argv)
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
    if failed:
        return 1
    if args.syntax_only:
        return 0
    return check_swift_api.check(files, args.bindings.resolve(), FIXTURES / "api")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
