"""The host view (gastvrouw/gastheer in the stadshal): kiosks, help requests, devices, queues."""
