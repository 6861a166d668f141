"""Mail sources (Maildir, a folder of .eml files, IMAP) behind one interface."""
