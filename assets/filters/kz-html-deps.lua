-- Adds the site's own chart libraries to the HTML pages that hold a chart.
--
-- Charts reach the page as `<div class="kz-chart">` elements in raw HTML blocks
-- (see kznetworks.render). On those pages, this filter declares an HTML dependency on
-- the Vega bundle written by the pre-render step (assets/vendor/vega/) and on the
-- project's chart script (assets/js/kz-charts.js). Quarto copies both into
-- site_libs/ once for the whole site and links them with paths relative to each
-- page, so the site loads nothing from a third party and works from file://.
--
-- In the same way, the who's who (`kz-whoswho`) and the network explorer
-- (`kz-network`) get the register's data (assets/vendor/register/, written by the
-- pre-render step), the name matching (assets/js/kz-names.js) and their scripts; the
-- explorer also Cytoscape.js, and a searchable table (`kz-searchable`) DataTables,
-- both vendored in assets/libs/ (see analysis/vendor_libs.py).

local has_chart = false
local explore = {}
local explore_markers = {
  whoswho = 'class="kz-whoswho"',
  network = 'class="kz-network"',
  searchable = "kz-searchable",
}

-- A diagram wider than the text column (`<div class="kz-diagram kz-wide">`, see
-- kznetworks.book.figure.Drawing) gets the page's right margin on the website, as
-- Quarto's `column: page-right` would give it; the PDF keeps the text width (there
-- the option would turn on margin layout for the whole book).
local function holds_wide_diagram(div)
  local found = false
  div:walk({
    RawBlock = function(el)
      if el.format == "html" and el.text:find('class="kz-diagram kz-wide"', 1, true) then
        found = true
      end
    end,
  })
  return found
end

local function read_version(path)
  local file = io.open(quarto.utils.resolve_path(path), "r")
  if file == nil then
    error("kz-html-deps.lua: " .. path .. " is missing; the pre-render step "
      .. "(analysis/site_assets.py) writes it. Render with `nox -s book`.")
  end
  local version = file:read("*l")
  file:close()
  return version
end

-- the version of a vendored npm package, as assets/libs/package.json pins it
local function npm_version(package)
  local file = io.open(quarto.utils.resolve_path("../libs/package.json"), "r")
  if file == nil then
    error("kz-html-deps.lua: assets/libs/package.json is missing")
  end
  local text = file:read("*a")
  file:close()
  local version = text:match('"' .. package:gsub("%.", "%%.") .. '"%s*:%s*"([^"]+)"')
  if version == nil then
    error("kz-html-deps.lua: assets/libs/package.json pins no version of " .. package)
  end
  return version
end

local function own_script(name, script)
  quarto.doc.add_html_dependency({
    name = name,
    version = read_version("../js/VERSION"),
    scripts = { { path = "../js/" .. script, afterBody = true } },
  })
end

local function add_explore_dependencies()
  if not (explore.whoswho or explore.network or explore.searchable) then
    return
  end
  quarto.doc.add_html_dependency({
    name = "kz-register-style",
    version = read_version("../js/VERSION"),
    stylesheets = { "../js/kz-register.css" },
  })
  if explore.whoswho or explore.network then
    quarto.doc.add_html_dependency({
      name = "kz-register",
      version = read_version("../vendor/register/VERSION"),
      scripts = { "../vendor/register/kz-register.js", "../js/kz-names.js" },
    })
  end
  if explore.whoswho then
    own_script("kz-whoswho", "kz-whoswho.js")
  end
  if explore.network then
    quarto.doc.add_html_dependency({
      name = "cytoscape",
      version = npm_version("cytoscape"),
      scripts = { "../libs/cytoscape/cytoscape.min.js" },
    })
    own_script("kz-network", "kz-network.js")
  end
  if explore.searchable then
    quarto.doc.add_html_dependency({
      name = "datatables",
      version = npm_version("datatables.net"),
      scripts = {
        "../libs/datatables/dataTables.min.js",
        "../libs/datatables/dataTables.bootstrap5.min.js",
      },
      stylesheets = { "../libs/datatables/dataTables.bootstrap5.min.css" },
    })
    own_script("kz-tables", "kz-tables.js")
  end
end

return {
  {
    Div = function(div)
      if quarto.doc.is_format("html") and div.classes:includes("cell")
          and holds_wide_diagram(div) then
        div.classes:insert("column-page-right")
        return div
      end
    end,
    RawBlock = function(el)
      if el.format == "html" and el.text:find('class="kz-chart"', 1, true) then
        has_chart = true
      end
      if el.format == "html" then
        for key, marker in pairs(explore_markers) do
          if el.text:find(marker, 1, true) then
            explore[key] = true
          end
        end
      end
    end,
    Pandoc = function(doc)
      if has_chart and quarto.doc.is_format("html") then
        quarto.doc.add_html_dependency({
          name = "vega",
          version = read_version("../vendor/vega/VERSION"),
          scripts = { "../vendor/vega/vega-bundle.js" },
        })
        quarto.doc.add_html_dependency({
          name = "kz-charts",
          version = read_version("../js/VERSION"),
          scripts = { { path = "../js/kz-charts.js", afterBody = true } },
        })
      end
      if quarto.doc.is_format("html") then
        add_explore_dependencies()
      end
      return doc
    end,
  },
}
