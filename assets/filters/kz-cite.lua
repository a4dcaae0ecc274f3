-- Makes every page of the website citable: "Cite this chapter", with BibTeX.
--
-- The `citation` metadata is generated into _version.yml by `nox -s regenerate` from
-- CITATION.cff and _quarto.yml. Quarto's own Google Scholar tags would take a book
-- chapter's title with its number and markup ("[[9]{.chapter-number}...") and drop an
-- organisation as author, and a book shows no citation section; so this filter, for
-- HTML only:
--   * writes Google Scholar's meta tags (citation_title: the chapter's own title,
--     citation_author, citation_inbook_title, date, address, DOI) into the page head;
--   * adds a last section "Cite this chapter" (on the preface: "Cite this book")
--     with a formatted reference and a BibTeX entry: authors, chapter and book titles,
--     version, year, the page's address and the book's DOI when CITATION.cff has one.
-- Everything is built as document elements, so pandoc escapes every value.

local function text(value)
  if value == nil then
    return ""
  end
  return pandoc.utils.stringify(value)
end

-- The chapter's title: the Span of class chapter-title Quarto makes, else the title.
local function chapter_title(meta)
  if meta.title == nil then
    return ""
  end
  local found = nil
  pandoc.walk_inline(pandoc.Span(meta.title), {
    Span = function(span)
      if span.classes:includes("chapter-title") and found == nil then
        found = pandoc.utils.stringify(span)
      end
    end,
  })
  return found or text(meta.title)
end

local function page_path()
  local input = quarto.doc.input_file
  local root = quarto.project.directory
  local relative = input
  if root ~= nil and input:sub(1, #root) == root then
    relative = input:sub(#root + 2)
  end
  return (relative:gsub("\\", "/"):gsub("%.qmd$", ".html"):gsub("%.md$", ".html"))
end

local function attribute(value)
  return (value:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"):gsub('"', "&quot;"))
end

local function scholar_tags(fields)
  local lines = {}
  for _, field in ipairs(fields) do
    if field[2] ~= "" then
      table.insert(lines, '<meta name="' .. field[1] .. '" content="' .. attribute(field[2]) .. '">')
    end
  end
  quarto.doc.include_text("in-header", table.concat(lines, "\n"))
end

local function bibtex_value(value)
  -- braces keep BibTeX from changing case; stray braces are dropped
  return "{" .. value:gsub("[{}]", "") .. "}"
end

return {
  {
    Pandoc = function(doc)
      if not quarto.doc.is_format("html") or doc.meta.citation == nil then
        return doc
      end
      local meta = doc.meta
      local title = chapter_title(meta)
      local book = text(meta.citation["container-title"])
      local author = text(meta.citation.publisher)
      local version = text(meta["kz-version"])
      -- Quarto reads the date into parts; its ISO form is in the text
      local issued = text(meta.citation.issued):match("%d%d%d%d%-%d%d%-%d%d") or ""
      local year = issued:sub(1, 4)
      local doi = text(meta["kz-doi"])
      local path = page_path()
      local url = text(meta["kz-site-url"]) .. path
      local is_book = path == "index.html"
      scholar_tags({
        { "citation_title", is_book and book or title },
        { "citation_author", author },
        { "citation_publication_date", issued },
        { "citation_inbook_title", is_book and "" or book },
        { "citation_publisher", text(meta.citation.publisher) },
        { "citation_fulltext_html_url", url },
        { "citation_doi", doi },
        { "citation_language", "en" },
      })
      meta.citation.title = is_book and book or title
      if is_book then
        meta.citation.type = "book"
        meta.citation["container-title"] = nil
      end

      local key = "kznetworks_" .. version:gsub("%.", "_") .. "_"
        .. path:gsub("^.*/", ""):gsub("%.html$", ""):gsub("[^%w]", "_")
      local fields = {
        { "author", "{" .. author:gsub("[{}]", "") .. "}" },
        { "title", bibtex_value(is_book and book or title) },
      }
      if not is_book then
        table.insert(fields, { "booktitle", bibtex_value(book) })
      end
      table.insert(fields, { "edition", bibtex_value("Version " .. version) })
      table.insert(fields, { "year", bibtex_value(year) })
      table.insert(fields, { "url", bibtex_value(url) })
      if doi ~= "" then
        table.insert(fields, { "doi", bibtex_value(doi) })
      end
      local lines = {}
      for i, field in ipairs(fields) do
        lines[i] = "  " .. field[1] .. " = " .. field[2]
      end
      local entry = "@" .. (is_book and "book" or "incollection") .. "{" .. key .. ",\n"
        .. table.concat(lines, ",\n") .. "\n}"

      local reference = author .. " (" .. year .. "). "
      if is_book then
        reference = reference .. book .. ". Version " .. version .. ". "
      else
        reference = reference .. "\u{201C}" .. title .. ".\u{201D} In " .. book
          .. ", version " .. version .. ". "
      end
      local heading = is_book and "Cite this book" or "Cite this chapter"
      local blocks = {
        pandoc.Header(2, heading, pandoc.Attr("kz-cite", { "unnumbered", "unlisted" })),
        pandoc.Para({
          pandoc.Str(reference),
          pandoc.Link(url, url),
          pandoc.Str(doi ~= "" and (". https://doi.org/" .. doi) or ""),
        }),
        pandoc.CodeBlock(entry, pandoc.Attr("", { "bibtex" })),
        pandoc.Para({
          pandoc.Str("The whole book, its data and code: see "),
          pandoc.Link("How to cite", (is_book and "" or "../") .. "chapters/citing.html"),
          pandoc.Str("."),
        }),
      }
      local section = pandoc.Div(blocks, pandoc.Attr("", { "kz-cite" }))
      doc.blocks:insert(section)
      doc.meta = meta
      return doc
    end,
  },
}
