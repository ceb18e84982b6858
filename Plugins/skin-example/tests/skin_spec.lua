describe("skin", function()
  it("sets the theme tokens from its settings", function()
    local theme = host.contributions().theme
    expect(theme["color-primary"]).to_equal("#8c1515")
    expect(theme["brand-name"]).to_equal("Example University Cloud")
  end)

  it("adds a Help link to the support site", function()
    expect(host.contributions().links).to_equal({
      { id = "help", label = "Help", url = "https://support.example.edu" },
    })
  end)
end)
