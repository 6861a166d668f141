"""The review core: filters, listing, the item view, duplicates, and editors' audited actions.

Plain data in and out, no click and no rich (intake/cli/ renders it; a test holds the imports).
"""
