-- Adds the site's own chart libraries to the HTML pages that hold a chart.
--
-- Charts reach the page as `<div class="kz-chart">` elements in raw HTML blocks
-- (see kznetworks.render). On those pages, this filter declares an HTML dependency on
-- the Vega bundle written by the pre-render step (assets/vendor/vega/) and on the
-- project's chart script (assets/js/kz-charts.js). Quarto copies both into
-- site_libs/ once for the whole site and links them with paths relative to each
-- page, so the site loads nothing from a third party and works from file://.

local has_chart = false

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
      return doc
    end,
  },
}
