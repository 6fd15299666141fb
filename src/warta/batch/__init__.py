"""Resumable batch work: steps over sharded records, run by a local or a Dask executor."""
