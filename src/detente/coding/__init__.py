"""Event coding: verb and noun lexicons, PETRARCH dictionary reader, the coder."""
