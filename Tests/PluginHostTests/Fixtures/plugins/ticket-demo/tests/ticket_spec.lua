describe("get-help", function()
  it("files a ticket and returns its id", function()
    expect(host.run_action("get-help", { name = "web-1" })).to_equal(4711)
  end)

  it("refuses an undeclared host", function()
    expect(function()
      exo.http.request{ url = "https://evil.example.org/" }
    end).to_fail_with("is not in capability http")
  end)
end)
