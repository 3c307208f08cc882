"""The OC Open API in plain Python: catalog, envelopes, signing, OAuth, errors, retries."""
