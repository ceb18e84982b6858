-- One spec file: every spec file replays all of tests/fixtures in order (ec2.json, one call each).
local sigv4 = require("ec2.sigv4")
local xml = require("ec2.xml")
local client = require("ec2.client")
local provider = require("ec2.provider")

local function hex(raw) return (raw:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end

describe("SigV4", function()
  it("derives the signing key of the AWS documentation example", function()
    local key = sigv4.signing_key("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "iam")
    expect(hex(key)).to_equal("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9")
  end)

  it("signs the AWS documentation example (IAM ListUsers)", function()
    local header = sigv4.authorization{
      method = "GET", path = "/", query = "Action=ListUsers&Version=2010-05-08",
      headers = {
        ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8",
        Host = "iam.amazonaws.com", ["X-Amz-Date"] = "20150830T123600Z",
      },
      body = "", region = "us-east-1", service = "iam",
      access_key = "AKIDEXAMPLE", secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", amz_date = "20150830T123600Z",
    }
    expect(header).to_equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
      .. "SignedHeaders=content-type;host;x-amz-date, "
      .. "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
  end)

  it("signs an EC2 Query POST as botocore does (host with port, body hashed)", function()
    local header = sigv4.authorization{
      method = "POST", path = "/", query = "",
      headers = {
        ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8",
        Host = "127.0.0.1:5123", ["X-Amz-Date"] = "20261125T200000Z",
      },
      body = client.form("DescribeInstances", {}), region = "us-east-1", service = "ec2",
      access_key = "test-access_key_id", secret_key = "test-secret_access_key", amz_date = "20261125T200000Z",
    }
    expect(header).to_contain("Signature=6c0e5ed1f353f344a414217f7cc5f9fa77a1acc0557f61668f5fd86a888e0234")
  end)

  it("percent-encodes all but unreserved characters", function()
    expect(sigv4.encode("a-b_c.d~e f/g=h&é")).to_equal("a-b_c.d~e%20f%2Fg%3Dh%26%C3%A9")
  end)
end)

describe("Query API", function()
  it("sorts and encodes form fields, with list parameters numbered from 1", function()
    local params = client.list({ ["TagSpecification.1.Tag.1.Value"] = "web 1" }, "InstanceId", { "i-1", "i-2" })
    expect(client.form("StopInstances", params)).to_equal(
      "Action=StopInstances&InstanceId.1=i-1&InstanceId.2=i-2&TagSpecification.1.Tag.1.Value=web%201&Version=2016-11-15")
  end)

  it("parses XML with entities, self-closing and nested items", function()
    local root = xml.parse('<?xml version="1.0"?><R a="1"><x>a &amp; b</x><empty/><set><item><v>1</v></item><item><v>2</v></item></set></R>')
    expect(root.name).to_equal("R")
    expect(xml.text(root, "x")).to_equal("a & b")
    expect(xml.text(root, "empty")).to_equal("")
    expect(#xml.items(root, "set")).to_equal(2)
    expect(xml.text(xml.items(root, "set")[2], "v")).to_equal("2")
  end)

  it("rejects malformed XML with a reason", function()
    local root, err = xml.parse("<a><b></a>")
    expect(root).to_equal(nil)
    expect(err).to_contain("unexpected </a>")
  end)
end)

describe("provider", function()
  it("lists instances of every reservation, without terminated ones", function()
    local instances = provider.list_instances()
    expect(#instances).to_equal(2)
    expect(instances[1]).to_equal({
      id = "i-136bedff9bcb6e6c3", name = "web-1", status = "ACTIVE", state = "running", size = "t3.micro",
      image = "ami-03cf127a", addresses = { "54.214.137.197", "10.172.57.32" },
    })
    expect(instances[2].name).to_equal("db & cache")
    expect(instances[2].status).to_equal("SHUTOFF")
  end)

  it("creates an instance and maps it", function()
    local created = provider.create{ name = "web-2", size = "t3.micro", image = "ami-03cf127a" }
    expect(created.id).to_equal("i-0cc0000000000cafe")
    expect(created.status).to_equal("BUILD")
  end)

  it("refuses to create without image and size, sending nothing", function()
    local created, err = provider.create{ name = "x" }
    expect(created).to_equal(nil)
    expect(err.code).to_equal("provider.invalid")
  end)

  it("stops, starts and reboots", function()
    expect(provider.action("i-0cc0000000000cafe", "stop")).to_equal(true)
    expect(provider.action("i-0cc0000000000cafe", "start")).to_equal(true)
    expect(provider.action("i-0cc0000000000cafe", "reboot")).to_equal(true)
  end)

  it("refuses actions EC2 has no counterpart for", function()
    local ok, err = provider.action("i-0cc0000000000cafe", "shelve")
    expect(ok).to_equal(nil)
    expect(err.code).to_equal("provider.unsupported_action")
  end)

  it("terminates", function()
    expect(provider.delete("i-0cc0000000000cafe")).to_equal(true)
  end)

  it("turns an EC2 error answer into nil, err with its code", function()
    local ok, err = provider.action("i-00000000000000000", "stop")
    expect(ok).to_equal(nil)
    expect(err.code).to_equal("ec2.InvalidInstanceID.NotFound")
    expect(err.message).to_contain("does not exist")
    expect(err.status).to_equal(400)
  end)

  it("offers the configured instance types as sizes, sorted", function()
    expect(provider.sizes()).to_equal({
      { id = "t3.micro", name = "t3.micro", vcpus = 2, ram_mib = 1024 },
      { id = "t3.small", name = "t3.small", vcpus = 2, ram_mib = 2048 },
    })
  end)

  it("offers available images, by name", function()
    expect(provider.images()).to_equal({
      { id = "ami-0debian", name = "debian-12-amd64" },
      { id = "ami-0ubuntu", name = "ubuntu-24.04-amd64" },
    })
  end)

  it("cannot reach origins other than the configured endpoint", function()
    expect(function() exo.http.request{ url = "https://ec2.eu-west-1.amazonaws.com/" } end).to_fail_with("is not in capability http")
  end)
end)
