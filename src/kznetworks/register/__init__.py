"""Stage 2a of the pipeline: the register of people, organisations, parties and places.

The register (``entities``, ``aliases``, ``relations`` and ``events`` in the data
package) joins the five documents under stable identifiers (``kind:slug``, such as
``person:ablyazov-mukhtar``):

- :mod:`~kznetworks.register.names` resolves any spelling to its entity;
- :mod:`~kznetworks.register.graph` builds the network and its measures;
- :mod:`~kznetworks.register.links` resolves every name printed in a table;
- :mod:`~kznetworks.register.parties` joins one profile per party across the documents.

Examples
--------
>>> from kznetworks.register import names
>>> names.resolve("Abliazov") == names.resolve("Ablyazov, Mukhtar")
True
"""
