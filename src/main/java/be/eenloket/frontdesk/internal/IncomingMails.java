package be.eenloket.frontdesk.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncomingMails extends JpaRepository<IncomingMail, Long> {

}
