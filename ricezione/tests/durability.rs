//! Nothing acknowledged is lost: under concurrent ratings the service is
//! killed with SIGKILL; after a restart every rating that got a 2xx is in
//! the database with its content, and the service works on its own again.

mod common;

use common::{backends, post, temp_dir, Service};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

const CLIENTS: usize = 8;

#[test]
fn every_acknowledged_rating_survives_sigkill() {
    for backend in backends() {
        let mut service = Service::start(&temp_dir("sigkill"), &backend, 1_000_000, None);
        let port = service.port;
        let running = Arc::new(AtomicBool::new(true));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|client| {
                let running = running.clone();
                std::thread::spawn(move || {
                    // Marker → stars of every rating that got a 2xx.
                    let mut acknowledged = HashMap::new();
                    let mut i = 0;
                    while running.load(Ordering::Relaxed) {
                        let stars = (i % 5) + 1;
                        let marker = format!("cliente-{client}-n-{i}");
                        let body = format!(r#"{{"pagina":"/novita","valutazione":{stars},"dettagli":"{marker}"}}"#);
                        let (status, _) = post(port, "valutazioni", &body, &format!("10.0.0.{client}"));
                        if (200..300).contains(&status) {
                            acknowledged.insert(marker, stars.to_string());
                        } else if status == 0 {
                            // The service is gone.
                            break;
                        }
                        i += 1;
                    }
                    acknowledged
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(1500));
        service.kill();
        running.store(false, Ordering::Relaxed);
        let acknowledged: HashMap<String, String> = clients.into_iter().flat_map(|c| c.join().unwrap()).collect();
        assert!(
            acknowledged.len() > 100,
            "{}: only {} ratings before the kill",
            backend.name(),
            acknowledged.len()
        );

        let service = service.restart();
        let stored: HashMap<String, (String, String)> = service
            .ratings_csv()
            .into_iter()
            .map(|row| (row[6].clone(), (row[2].clone(), row[4].clone())))
            .collect();
        let lost: Vec<&String> = acknowledged.keys().filter(|m| !stored.contains_key(*m)).collect();
        assert!(
            lost.is_empty(),
            "{}: {} acknowledged ratings lost, e.g. {:?}",
            backend.name(),
            lost.len(),
            &lost[..lost.len().min(5)]
        );
        for (marker, stars) in &acknowledged {
            assert_eq!(
                stored[marker],
                ("/novita".to_string(), stars.clone()),
                "{}: {marker} changed",
                backend.name()
            );
        }
        // Committed but not acknowledged (the answer was on its way) is allowed.
        eprintln!(
            "{}: {} valutazioni confermate prima di SIGKILL, tutte presenti dopo il riavvio ({} nel database)",
            backend.name(),
            acknowledged.len(),
            stored.len()
        );
        let (status, _) = service.post("valutazioni", r#"{"pagina":"/","valutazione":5}"#, "10.0.1.1");
        assert_eq!(
            status,
            201,
            "{}: the restarted service does not accept ratings",
            backend.name()
        );
    }
}
