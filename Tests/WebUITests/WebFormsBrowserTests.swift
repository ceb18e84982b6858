import BrowserTesting
import Foundation
import Testing

extension BrowserTests {
    @Test("upload a small image with the progress bar and see it listed")
    func uploadImage() async throws {
        try await DemoProcess.with { demo in
            let file = demo.home.appendingPathComponent("browser-image.qcow2")
            try Data("QFI\u{fb} a tiny pretend disk image".utf8).write(to: file)
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                try await browser.navigate(demo.baseURL + "images")
                try await browser.type(file.path, into: browser.find("#image-file"))
                try await browser.click(browser.find("#upload-image"))
                let notice = try await browser.find(".notices .notice", timeout: .seconds(120))
                #expect(try await browser.text(of: notice) == "Image browser-image is uploaded and ready.")
                #expect(try await browser.pageSource().contains("<td>browser-image"))
                try await save(browser, "images-uploaded")
            }
        }
    }

    @Test("resize an instance, then confirm the new flavor")
    func resizeInstance() async throws {
        try await DemoProcess.with { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                try await browser.navigate(demo.baseURL + "instances?state=ACTIVE")
                try await browser.click(browser.find("table.instances tbody a"))
                let instanceURL = try await browser.currentURL()
                try await browser.click(browser.find("a#action-resize"))
                _ = try await browser.find("#flavor optgroup option")
                try await save(browser, "instance-resize")
                try await browser.click(browser.find("#resize"))
                try await waitFor("#resize-pending", on: instanceURL, in: browser)
                try await browser.click(browser.find("form button#action-confirm-resize"))
                try await waitFor("a#action-resize", on: instanceURL, in: browser)
            }
        }
    }

    @Test("stop two instances at once from the list")
    func bulkStop() async throws {
        try await DemoProcess.with { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                try await browser.navigate(demo.baseURL + "instances?state=ACTIVE")
                try await browser.click(browser.find("#instance-list tbody tr:nth-child(1) input[type=checkbox]"))
                try await browser.click(browser.find("#instance-list tbody tr:nth-child(2) input[type=checkbox]"))
                try await browser.select("stop", in: "#bulk-action")
                try await browser.click(browser.find("#bulk-apply"))
                _ = try await browser.find("#bulk-outcomes")
                #expect(try await browser.text(of: browser.find("h1")) == "Stop: 2 accepted, 0 not")
                try await save(browser, "bulk-stop")
                try await browser.click(browser.find("#back-to-list"))
                #expect(try await browser.currentURL().hasSuffix("/instances?state=ACTIVE"))
            }
        }
    }

    @Test("the instance list refreshes itself, keeping its filter, sort and the ticked rows")
    func liveList() async throws {
        try await DemoProcess.with { demo in
            let driver = try await ChromeDriver.start()
            do {
                let list = try await WebDriverSession.open(driver)
                let other = try await WebDriverSession.open(driver)
                do {
                    try await checkLiveList(demo: demo, list: list, other: other)
                } catch {
                    await list.close()
                    await other.close()
                    throw error
                }
                await list.close()
                await other.close()
            } catch {
                await driver.stop()
                throw error
            }
            await driver.stop()
        }
    }

    /// Ticks the first active instance in `list`, stops the second from `other`, and waits for the
    /// list to drop it without a reload.
    private func checkLiveList(demo: DemoProcess, list: WebDriverSession, other: WebDriverSession) async throws {
        let listURL = demo.baseURL + "instances?state=ACTIVE&sort=name"
        try await list.navigate(demo.webURL)
        try await list.navigate(listURL)
        let ids = try await list.pageSource().components(separatedBy: "id=\"select-").dropFirst().prefix(2).map { String($0.prefix { $0 != "\"" }) }
        try #require(ids.count == 2)
        try await list.click(list.find("#select-\(ids[0])"))
        try await list.select("stop", in: "#bulk-action")

        try await other.navigate(demo.webURL)
        try await other.navigate(demo.baseURL + "instances?state=ACTIVE&sort=name")
        try await other.click(other.find("tr:has(#select-\(ids[1])) a"))
        try await other.click(other.find("form button#action-stop"))

        let deadline = ContinuousClock.now + .seconds(120)
        while try await list.pageSource().contains("id=\"select-\(ids[1])\""), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(500))
        }
        #expect(try await !list.pageSource().contains("id=\"select-\(ids[1])\""), "the stopped instance is still listed as active")
        #expect(try await list.currentURL() == listURL)
        _ = try await list.find("#select-\(ids[0]):checked", timeout: .seconds(1))
        _ = try await list.find("#bulk-action option[value=stop]:checked", timeout: .seconds(1))
        _ = try await list.find("#state option[value=ACTIVE][selected]", timeout: .seconds(1))
        try await save(list, "instances-live")
    }
}
