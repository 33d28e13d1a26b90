"""Every localised key the Swift uses exists in its String Catalog, in English and Spanish.

The app and the widget each look their words up in a Localizable.xcstrings by key (`L("...")`
in the app, `WL("...")` in the widget). A key missing from the catalogue shows the raw key to
the person; a missing language shows English to a Spanish reader; a key nobody uses is a
translation nobody maintains. Xcode would catch none of these at build time. So this reads the
Swift with tree-sitter and the catalogues as JSON, and fails when:

- a lookup's key is not a plain string literal (then it cannot be checked);
- a used key is missing from its target's catalogue, or lacks English or Spanish;
- a plural lacks a category the language needs (CLDR: English one/other, Spanish
  one/many/other);
- English and Spanish disagree on the format arguments (`%@`, `%ld`, positions);
- a catalogue key is used nowhere.

Before checking the real files it checks itself on mutated copies of them: a key removed, a
language dropped, a plural category dropped, an argument changed, an unused key added, a
computed key; each must be reported.

Usage: check_strings.py
"""

import copy
import json
import pathlib
import re
import sys

import tree_sitter
import tree_sitter_swift

IOS = pathlib.Path(__file__).resolve().parents[1]
LANGUAGES = {"en": {"one", "other"}, "es": {"one", "many", "other"}}
FORMAT = re.compile(r"%(?:\d+\$)?(?:@|l?[ld]|[dfs]|\.\d+f)")
# Which catalogue each lookup function reads, and where the Swift calling it lives.
TARGETS = {
    "app": ("L", ["Sources/CairnApp", "AppTarget/Cairn"], "Sources/CairnApp/Resources/Localizable.xcstrings"),
    "widget": ("WL", ["Sources/CairnWidget", "AppTarget/CairnWidgetExtension"],
               "Sources/CairnWidget/Resources/Localizable.xcstrings"),
}


def lookups(source: bytes, function: str, label: str, swift) -> tuple[dict[str, str], list[str]]:
    """The literal keys passed to `function` (key -> first place used), and problems."""
    used, problems = {}, []
    stack = [swift.parse(source).root_node]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type != "call_expression" or node.children[0].type != "simple_identifier":
            continue
        if node.children[0].text.decode() != function or inside_definition(node, function):
            continue
        where = f"{label}:{node.start_point[0] + 1}"
        arguments = [child for child in walk_first(node, "value_arguments").children
                     if child.type == "value_argument"] if walk_first(node, "value_arguments") else []
        first = arguments[0].child_by_field_name("value") if arguments else None
        parts = [child for child in first.children if child.type not in ('"',)] if first is not None else []
        if first is None or first.type != "line_string_literal" or len(parts) != 1 \
                or parts[0].type != "line_str_text":
            problems.append(f"{where}: {function}(...) needs a plain string literal key, so it can be "
                            f"checked: `{node.text.decode().splitlines()[0]}`")
            continue
        used.setdefault(parts[0].text.decode(), where)
    return used, problems


def inside_definition(node, function: str) -> bool:
    """Whether `node` is in the body of `function` itself (the formatting overload passes
    its key on)."""
    scope = node.parent
    while scope is not None:
        if scope.type == "function_declaration":
            name = scope.child_by_field_name("name")
            return name is not None and name.text.decode() == function
        scope = scope.parent
    return False


def walk_first(node, kind):
    for child in node.children:
        if child.type == "call_suffix":
            return next((part for part in child.children if part.type == kind), None)
    return None


def formats(text: str) -> list[str]:
    """The format arguments of a string, in argument order (`%2$@` counts as the second)."""
    found = FORMAT.findall(text)
    numbered = sorted(found, key=lambda spec: int(spec[1:spec.index("$")]) if "$" in spec else 0)
    return [re.sub(r"\d+\$", "", spec).replace("%d", "%ld") for spec in numbered]


def check_catalogue(used: dict[str, str], catalogue: dict, name: str) -> list[str]:
    problems, strings = [], catalogue.get("strings", {})
    for key, where in sorted(used.items()):
        entry = strings.get(key)
        if entry is None:
            problems.append(f"{where}: key `{key}` is not in {name}")
            continue
        shapes = {}
        for language, categories in LANGUAGES.items():
            local = entry.get("localizations", {}).get(language)
            if local is None:
                problems.append(f"{name}: `{key}` has no {language}")
                continue
            plural = local.get("variations", {}).get("plural")
            values = ({category: unit.get("stringUnit", {}).get("value", "") for category, unit in plural.items()}
                      if plural else {"other": local.get("stringUnit", {}).get("value", "")})
            if plural and not categories <= set(values):
                problems.append(f"{name}: `{key}` in {language} lacks plural "
                                + ", ".join(sorted(categories - set(values))))
            if any(not value.strip() for value in values.values()):
                problems.append(f"{name}: `{key}` has an empty {language} text")
            shapes[language] = formats(values.get("other", ""))
        if len(shapes) == 2 and shapes["en"] != shapes["es"]:
            problems.append(f"{name}: `{key}` takes {shapes['en']} in en but {shapes['es']} in es")
    for key in sorted(set(strings) - set(used)):
        problems.append(f"{name}: key `{key}` is used by no Swift file")
    return problems


def gather(swift) -> dict:
    """Per target: the keys used, the lookup problems, the catalogue and its name."""
    found = {}
    for target, (function, folders, catalogue) in TARGETS.items():
        used, problems = {}, []
        for folder in folders:
            for path in sorted((IOS / folder).rglob("*.swift")):
                keys, wrong = lookups(path.read_bytes(), function, str(path.relative_to(IOS)), swift)
                for key, where in keys.items():
                    used.setdefault(key, where)
                problems.extend(wrong)
        found[target] = (used, problems, json.loads((IOS / catalogue).read_text()), catalogue)
    return found


def self_test(found: dict, swift) -> str | None:
    used, _, catalogue, name = found["app"]
    key = next(key for key in sorted(used) if "variations" not in json.dumps(catalogue["strings"][key]))
    plural = next(key for key in sorted(used) if "variations" in json.dumps(catalogue["strings"][key]))
    formatted = next(key for key in sorted(used) if "%@" in json.dumps(catalogue["strings"][key]))
    mutations = {}
    removed = copy.deepcopy(catalogue)
    del removed["strings"][key]
    mutations["a used key removed"] = removed
    no_spanish = copy.deepcopy(catalogue)
    del no_spanish["strings"][key]["localizations"]["es"]
    mutations["Spanish dropped"] = no_spanish
    no_many = copy.deepcopy(catalogue)
    del no_many["strings"][plural]["localizations"]["es"]["variations"]["plural"]["many"]
    mutations["a Spanish plural category dropped"] = no_many
    wrong_argument = copy.deepcopy(catalogue)
    unit = wrong_argument["strings"][formatted]["localizations"]["es"]["stringUnit"]
    unit["value"] = unit["value"].replace("%@", "%ld", 1)
    mutations["an argument changed"] = wrong_argument
    unused = copy.deepcopy(catalogue)
    unused["strings"]["nobody.uses.this"] = catalogue["strings"][key]
    mutations["an unused key added"] = unused
    for what, mutated in mutations.items():
        if not check_catalogue(used, mutated, name):
            return f"strings self-test: {what} was not reported"
    _, computed = lookups(b'let a = L(name)\nlet b = L("x.\\(n)")\n', "L", "fixture", swift)
    if len(computed) != 2:
        return "strings self-test: a computed key was not reported"
    return None


def main() -> int:
    swift = tree_sitter.Parser(tree_sitter.Language(tree_sitter_swift.language()))
    found = gather(swift)
    failure = self_test(found, swift)
    if failure:
        print(failure)
        return 1
    problems, summary = [], []
    for target, (used, wrong, catalogue, name) in found.items():
        problems.extend(wrong)
        problems.extend(check_catalogue(used, catalogue, name))
        summary.append(f"{target} {len(used)} keys")
    for problem in problems:
        print(problem)
    print(f"strings: {', '.join(summary)}, each in en and es; {len(problems)} problems "
          "(self-test: a removed key, a dropped language, a dropped plural, a changed argument, "
          "an unused key and a computed key all caught)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
