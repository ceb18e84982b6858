local helper = {}

function helper.shout(text)
  return text:upper() .. "!"
end

return helper
