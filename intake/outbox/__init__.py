"""What goes out to senders: acknowledgements, who may get one, and the SMTP client."""
