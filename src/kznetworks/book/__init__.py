"""Stage 3 of the pipeline: everything a chapter calls.

A chapter imports what it shows, for example::

    from kznetworks.book import charts, facts, tables

    f = facts.Regions()            # the numbers it quotes; checks the sentences it states
    tables.printed("akim_tenure")  # a table with its source, data links and notes
    charts.akim_tenure()           # a chart with its source and data links

- :mod:`~kznetworks.book.facts`: each chapter's numbers and sentence checks;
- :mod:`~kznetworks.book.tables`: every table (:class:`~kznetworks.book.table.Table`);
- :mod:`~kznetworks.book.charts`, :mod:`~kznetworks.book.diagrams`,
  :mod:`~kznetworks.book.networks`: every figure (:class:`~kznetworks.book.figure.Figure`);
- :mod:`~kznetworks.book.theme` and :mod:`~kznetworks.book.render`: one place for how
  charts look and are rendered for the website and the PDF;
- :mod:`~kznetworks.book.escape`: escaping text from data for each output format;
- :mod:`~kznetworks.book.structure`: the book's chapters, labels and topics;
- :mod:`~kznetworks.book.prose`, :mod:`~kznetworks.book.citation`: words and citations.
"""
