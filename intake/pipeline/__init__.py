"""The pipeline: polling sources, claiming and processing stored messages, the job queue."""
