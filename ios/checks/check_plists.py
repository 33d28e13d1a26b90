"""Every property list of the iOS shell parses, and says what the App Store needs.

Xcode reads Info.plists, entitlements and the privacy manifest only on a Mac; a typo there
would first show as a failed build or a rejected upload. This reads each with plistlib and
checks the few values the shell's privacy promises rest on: no tracking, the required-reason
APIs declared, ITSAppUsesNonExemptEncryption present, one explicit App Group and Keychain
group shared by the app and the widget.
"""

import pathlib
import plistlib
import sys

IOS = pathlib.Path(__file__).resolve().parents[1]
SUFFIXES = (".plist", ".entitlements", ".xcprivacy")


def main() -> int:
    problems = []
    found = sorted(path for path in IOS.rglob("*") if path.suffix in SUFFIXES
                   and "build" not in path.relative_to(IOS).parts)
    loaded = {}
    for path in found:
        try:
            loaded[path.relative_to(IOS).as_posix()] = plistlib.loads(path.read_bytes())
        except Exception as error:  # plistlib raises several kinds; all mean "does not parse"
            problems.append(f"{path.relative_to(IOS)}: does not parse: {error}")
    app = loaded.get("AppTarget/Cairn/Info.plist", {})
    if app.get("ITSAppUsesNonExemptEncryption") is not False:
        problems.append("AppTarget/Cairn/Info.plist: ITSAppUsesNonExemptEncryption must be set (false)")
    privacy = [value for name, value in loaded.items() if name.endswith("PrivacyInfo.xcprivacy")]
    if not privacy:
        problems.append("no PrivacyInfo.xcprivacy")
    for manifest in privacy:
        if manifest.get("NSPrivacyTracking") is not False or manifest.get("NSPrivacyTrackingDomains"):
            problems.append("PrivacyInfo.xcprivacy: tracking must be off, with no domains")
        if not manifest.get("NSPrivacyAccessedAPITypes"):
            problems.append("PrivacyInfo.xcprivacy: the required-reason APIs are not declared")
    groups = {name: (value.get("com.apple.security.application-groups"), value.get("keychain-access-groups"))
              for name, value in loaded.items() if name.endswith(".entitlements")}
    if len(set(map(repr, groups.values()))) != 1 or len(groups) != 2:
        problems.append(f"the app and the widget must share one App Group and Keychain group: {groups}")
    for problem in problems:
        print(problem)
    print(f"property lists: {len(found)} read, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
