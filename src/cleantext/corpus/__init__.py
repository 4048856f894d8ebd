"""Corpora: JSONL/Parquet batch jobs on local processes, site templates, Dask."""
