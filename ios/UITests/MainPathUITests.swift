// The main path, tapped through on a simulator over the real core: first run, the journey, a
// sponsor, a check-in that says "I used", the safety card, and calling the sponsor, which the
// simulator cannot do, so the number must appear with a copy button. Each screen on the way
// passes Xcode's accessibility audit. The app runs on a throwaway store (-CairnUITest).

import XCTest

final class MainPathUITests: XCTestCase {
    private var app: XCUIApplication!

    override func setUp() async throws {
        continueAfterFailure = false
        await MainActor.run {
            app = XCUIApplication()
            app.launchArguments = ["-CairnUITest", "-AppleLanguages", "(en)", "-AppleLocale", "en_US"]
            app.launch()
        }
    }

    /// Taps a toggle's switch itself: a tap on the middle of a Form row's label does not
    /// always flip it.
    @MainActor
    private func flip(_ toggle: XCUIElement) {
        toggle.coordinate(withNormalizedOffset: CGVector(dx: 0.93, dy: 0.5)).tap()
    }

    /// Forms load rows lazily: swipe up until the element can be tapped (or give up).
    @MainActor
    private func scrollUntilHittable(_ element: XCUIElement) {
        var swipes = 0
        while !(element.exists && element.isHittable) && swipes < 8 {
            app.swipeUp()
            swipes += 1
        }
    }

    @MainActor
    func testFirstRunCheckInUseSafetyCardAndCall() throws {
        // First run: the clean date (ten days ago under -CairnUITest) starts the journey.
        let start = app.buttons["onboarding.start"]
        XCTAssertTrue(start.waitForExistence(timeout: 10))
        try app.performAccessibilityAudit()
        start.tap()

        // Today: the one-tap call is there from the start (the crisis line until a sponsor).
        XCTAssertTrue(app.buttons["today.call"].waitForExistence(timeout: 10))
        try app.performAccessibilityAudit()

        // A primary sponsor, so the card's first button calls them.
        app.buttons["Your people"].firstMatch.tap()
        app.buttons["contacts.add"].tap()
        app.textFields["contacts.name"].tap()
        app.textFields["contacts.name"].typeText("Sam")
        app.textFields["contacts.phone"].tap()
        app.textFields["contacts.phone"].typeText("2025550123")
        flip(app.switches["contacts.primary"])
        try app.performAccessibilityAudit()
        app.buttons["contacts.save"].tap()
        XCTAssertTrue(app.staticTexts["Sam"].waitForExistence(timeout: 10))

        // The check-in: "I used" asks first, then the core answers with the safety card.
        app.tabBars.buttons["Check-in"].tap()
        let used = app.switches["checkin.used"]
        XCTAssertTrue(used.waitForExistence(timeout: 10))
        try app.performAccessibilityAudit()
        flip(used)
        let save = app.buttons["checkin.save"]
        scrollUntilHittable(save)
        save.tap()
        // The confirmation is a system action sheet: found by its English title.
        let confirm = app.buttons["Record the use"]
        XCTAssertTrue(confirm.waitForExistence(timeout: 5))
        confirm.tap()

        let callSponsor = app.buttons["safety.sponsor"]
        XCTAssertTrue(callSponsor.waitForExistence(timeout: 10))
        try app.performAccessibilityAudit()

        // The simulator cannot place calls: the number is shown, never nothing.
        callSponsor.tap()
        let number = app.staticTexts["unplaced.number"]
        XCTAssertTrue(number.waitForExistence(timeout: 10))
        XCTAssertTrue(number.label.contains("202"))
        try app.performAccessibilityAudit()
    }
}
